// P0597: a borrow escapes: it outlives the value it borrows from.
// Rust: E0597, "`doc` does not live long enough" (E0515 when the reference is returned directly):
// `fn title_of(path: &str) -> &Title { let doc = Document::parse(path); let t = doc.title(); t }`.
package dev.patina.examples.gallery.p0597;

import dev.patina.ownership.Affine;
import dev.patina.ownership.BorrowedFrom;

/** A parsed document; its parts are views into it, not copies. */
@Affine
final class Document {
  static Document parse(String path) {
    return new Document();
  }

  @BorrowedFrom("this")
  Title title() {
    return new Title();
  }
}

/** A view of the title inside a Document: valid only while the document is. */
@Affine
final class Title {
  String text() {
    return "";
  }
}

final class Parser {
  /** Returns a view into a document that is gone once the method returns. */
  static Title titleOf(String path) {
    Document doc = Document.parse(path);
    Title title = doc.title();
    return title;
  }
}
