import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Checks the SDK jars as published: Java 8 bytecode everywhere except the module descriptor, which
 * is Java 9 bytecode in META-INF/versions/9 of a multi-release jar. Run by it/run.sh with {@code
 * java it/CheckJars.java JAR...}; exits with 1 and the reasons when a jar is not like that.
 */
public final class CheckJars {
  public static void main(String[] args) throws IOException {
    List<String> problems = new ArrayList<>();
    for (String path : args) {
      try (JarFile jar = new JarFile(path)) {
        String multiRelease = jar.getManifest().getMainAttributes().getValue("Multi-Release");
        if (!"true".equals(multiRelease)) {
          problems.add(path + ": manifest lacks Multi-Release: true");
        }
        JarEntry descriptor = jar.getJarEntry("META-INF/versions/9/module-info.class");
        if (descriptor == null) {
          problems.add(path + ": no META-INF/versions/9/module-info.class");
        } else if (major(jar, descriptor) != 53) {
          problems.add(path + ": module-info.class is not Java 9 bytecode");
        }
        if (jar.getJarEntry("module-info.class") != null) {
          problems.add(path + ": module-info.class at the root would break Java 8 tools");
        }
        int classes = 0;
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          JarEntry entry = e.nextElement();
          if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
            classes++;
            int major = major(jar, entry);
            if (major != 52) {
              problems.add(path + ": " + entry.getName() + " has class file version " + major);
            }
          }
        }
        if (classes == 0) {
          problems.add(path + ": no classes");
        }
      }
    }
    if (!problems.isEmpty()) {
      problems.forEach(System.err::println);
      System.exit(1);
    }
    System.out.println(
        args.length + " jars: Java 8 classes, module-info.class in META-INF/versions/9.");
  }

  private static int major(JarFile jar, JarEntry entry) throws IOException {
    try (InputStream in = jar.getInputStream(entry)) {
      DataInputStream data = new DataInputStream(in);
      if (data.readInt() != 0xCAFEBABE) {
        return -1;
      }
      data.readUnsignedShort();
      return data.readUnsignedShort();
    }
  }
}
