package org.celltrial.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Every English bundle under {@code org/celltrial} on the class path (all modules) has a Chinese
 * twin with exactly the same keys, and no value is blank.
 */
class BundleParityTest {
  /** Keys defined twice in one file: parallel edits merged by union can do this silently. */
  private static final List<String> DUPLICATES = new ArrayList<>();

  @Test
  void everyKeyExistsInBothLanguages() throws IOException {
    Map<String, Properties> english = new TreeMap<>();
    Map<String, Properties> chinese = new TreeMap<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path path = Paths.get(entry);
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
            String name = path.relativize(f).toString().replace('\\', '/');
            try (InputStream in = Files.newInputStream(f)) {
              collect(name, in, english, chinese);
            }
          }
        }
      } else if (entry.endsWith(".jar") && entry.contains("celltrial")) {
        try (ZipFile zip = new ZipFile(entry)) {
          Enumeration<? extends ZipEntry> entries = zip.entries();
          while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (e.getName().endsWith(".properties")) {
              try (InputStream in = zip.getInputStream(e)) {
                collect(e.getName(), in, english, chinese);
              }
            }
          }
        }
      }
    }
    assertThat(english).as("bundles found").containsKey("org/celltrial/app/messages");
    assertThat(english).containsKey("org/celltrial/stats/messages");
    List<String> problems = new ArrayList<>();
    for (String base : english.keySet()) {
      Properties en = english.get(base);
      Properties zh = chinese.get(base);
      if (zh == null) {
        problems.add(base + ": no _zh_CN bundle");
        continue;
      }
      Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
      onlyEn.removeAll(zh.stringPropertyNames());
      Set<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
      onlyZh.removeAll(en.stringPropertyNames());
      onlyEn.forEach(k -> problems.add(base + ": key only in English: " + k));
      onlyZh.forEach(k -> problems.add(base + ": key only in Chinese: " + k));
      for (Properties p : List.of(en, zh)) {
        p.stringPropertyNames().stream()
            .filter(k -> p.getProperty(k).isBlank())
            .forEach(k -> problems.add(base + ": blank value for " + k));
      }
    }
    for (String base : chinese.keySet()) {
      if (!english.containsKey(base)) {
        problems.add(base + ": Chinese bundle without an English base bundle");
      }
    }
    problems.addAll(DUPLICATES);
    assertThat(problems).isEmpty();
  }

  private static void collect(
      String name,
      InputStream in,
      Map<String, Properties> english,
      Map<String, Properties> chinese) {
    if (!name.startsWith("org/celltrial/") || name.endsWith("version.properties")) {
      return;
    }
    Properties p = new Properties();
    try {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Set<String> keys = new TreeSet<>();
      for (String line : text.split("\n")) {
        String trimmed = line.strip();
        int eq = trimmed.indexOf('=');
        if (!trimmed.isEmpty() && !trimmed.startsWith("#") && eq > 0) {
          String key = trimmed.substring(0, eq).strip();
          if (!keys.add(key)) {
            DUPLICATES.add(name + ": key defined twice (the first is silently lost): " + key);
          }
        }
      }
      p.load(new java.io.StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String base = name.substring(0, name.length() - ".properties".length());
    if (base.endsWith("_zh_CN")) {
      chinese.put(base.substring(0, base.length() - "_zh_CN".length()), p);
    } else if (!base.matches(".*_[a-z]{2}(_[A-Z]{2})?$")) {
      english.put(base, p);
    }
  }
}
