import dev.patina.ownership.*;

// P1003 (warning): an owned @Linear value is assigned or returned as a type the checker does not
// track (Object, an unmarked interface): the checker stops following it there. Passing it to a
// parameter of such a type is only a borrow.

interface UtNamed {
  String name();
}

@Linear
class UtConn implements UtNamed {
  public String name() {
    return "conn";
  }

  @Consume
  void close() {}
}

@Affine
class UtToken {}

class Untracked {
  Object field;
  UtNamed named;

  static void show(UtNamed n) {
    System.out.println(n.name());
  }

  // fires: [P1003] stored into a local of type Object
  void intoObjectLocal() {
    UtConn c = new UtConn();
    // :: warning: [P1003]
    Object o = c;
  }

  // fires: [P1003] stored into a local of an unmarked interface type
  void intoInterfaceLocal() {
    UtConn c = new UtConn();
    // :: warning: [P1003]
    UtNamed n = c;
    show(n);
  }

  // fires: [P1003] stored into a field of type Object
  void intoField() {
    UtConn c = new UtConn();
    // :: warning: [P1003]
    field = c;
  }

  // fires: [P1003] returned as Object
  Object returnedAsObject() {
    UtConn c = new UtConn();
    // :: warning: [P1003]
    return c;
  }

  // fires: [P1003] a new value assigned straight to an unmarked interface field
  void newIntoInterfaceField() {
    // :: warning: [P1003]
    named = new UtConn();
  }

  // fires: [P1003] a new value returned as Object
  Object newReturnedAsObject() {
    // :: warning: [P1003]
    return new UtConn();
  }

  // fires: [P1003] an explicit cast to Object is a conversion to an untracked type
  void castToObject() {
    UtConn c = new UtConn();
    // :: warning: [P1003]
    Object o = (Object) c;
  }

  // silent: [P1003] passing to Object or unmarked-interface parameters only borrows
  void passedToUntrackedParameters() {
    UtConn c = new UtConn();
    System.out.println(c);
    String s = String.valueOf(c);
    show(c);
    c.close();
  }

  // silent: [P1003] a borrowed parameter is not owned: nothing stops being tracked
  void borrowedToObject(UtConn c) {
    Object o = c;
    System.out.println(o);
  }

  // silent: [P1003] @Affine values may go anywhere untracked
  Object affineToObject() {
    UtToken t = new UtToken();
    Object o = t;
    return new UtToken();
  }

  // silent: [P1003] calling the unmarked interface's method through the tracked type borrows
  void interfaceMethod() {
    UtConn c = new UtConn();
    String n = c.name();
    c.close();
  }

  // silent: [P1003] kept in a variable of its own tracked type
  UtConn keptTracked() {
    UtConn c = new UtConn();
    UtConn d = c;
    return d;
  }

  static Object sink;

  // fires: [P1003] and [P0382] escaping on one branch does not hide a double close on the other
  void escapesOnOneBranch(boolean keep) {
    UtConn c = new UtConn();
    if (keep) {
      // :: warning: [P1003]
      sink = c;
    }
    c.close();
    // :: error: [P0382]
    c.close();
  }
}
