package dev.patina.gameboy.host.window;

import dev.patina.gameboy.core.GameBoy;
import dev.patina.gameboy.host.RomFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Save states beside the ROM ({@code game.state} for {@code game.gb}), written atomically. A state
 * records the game's title and global checksum, so another game's state is refused.
 */
public final class SaveStates {

  private static final String MAGIC = "patina-gb-state";
  private static final int VERSION = 1;

  private final Path file;

  /** The save states of {@code rom}. */
  public SaveStates(Path rom) {
    String name = rom.getFileName().toString();
    int dot = name.lastIndexOf('.');
    this.file = rom.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".state");
  }

  /** Saves {@code gb}'s state; returns the line to show. */
  public String save(GameBoy gb, PrintWriter err) {
    try {
      RomFiles.writeAtomically(file, encode(gb));
      return "state saved (F9 loads it)";
    } catch (IOException e) {
      err.println("patina gb: could not save the state: " + e.getMessage());
      return "could not save the state";
    }
  }

  /** Restores the saved state into {@code gb}; returns the line to show. */
  public String load(GameBoy gb, PrintWriter err) {
    try {
      decode(gb, Files.readAllBytes(file));
      return "state loaded";
    } catch (NoSuchFileException e) {
      return "no saved state yet (F5 saves one)";
    } catch (IOException e) {
      err.println("patina gb: could not load " + file + ": " + e.getMessage());
      return "could not load the state";
    }
  }

  /** The state of {@code gb} as bytes. */
  public static byte[] encode(GameBoy gb) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(MAGIC);
      out.writeInt(VERSION);
      out.writeUTF(gb.bus().cartridge().header().title());
      out.writeInt(globalChecksum(gb));
      StateCodec.write(gb, out);
    }
    return bytes.toByteArray();
  }

  /** Restores {@code state} into {@code gb}; a state of another game or format is refused whole. */
  public static void decode(GameBoy gb, byte[] state) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(state))) {
      if (!MAGIC.equals(in.readUTF()) || in.readInt() != VERSION) {
        throw new IOException("not a Patina save state of this version");
      }
      String title = in.readUTF();
      int checksum = in.readInt();
      if (!title.equals(gb.bus().cartridge().header().title()) || checksum != globalChecksum(gb)) {
        throw new IOException("the state belongs to another game (" + title + ")");
      }
      // check the whole state first, so a damaged one leaves the running game untouched
      StateCodec.read(gb, in, false);
    } catch (java.io.EOFException e) {
      throw new IOException("the state file is truncated");
    }
    try (DataInputStream again = new DataInputStream(new ByteArrayInputStream(state))) {
      again.readUTF();
      again.readInt();
      again.readUTF();
      again.readInt();
      StateCodec.read(gb, again, true);
    }
  }

  private static int globalChecksum(GameBoy gb) {
    return (gb.bus().cartridge().readRom(0x14E) << 8) | gb.bus().cartridge().readRom(0x14F);
  }
}
