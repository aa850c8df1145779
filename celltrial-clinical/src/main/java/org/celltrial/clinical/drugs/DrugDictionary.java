package org.celltrial.clinical.drugs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The versioned drug dictionary: each agent's generic names (English, Chinese), brand names,
 * classes, targets and TKI generation, read from {@code drug-dictionary.json} beside this class.
 * Lookup is by any of its names, case-insensitive and ignoring surrounding blanks. An unknown name
 * is returned as such ({@link Resolution#unknown()}) so that callers report it: no rule silently
 * skips an agent it cannot classify.
 */
public final class DrugDictionary {
  private static final String RESOURCE = "drug-dictionary.json";
  private static final DrugDictionary STANDARD = load();

  private final String version;
  private final List<String> sources;
  private final List<Agent> agents;
  private final Map<String, Agent> byName;

  /** The dictionary file's layout. */
  record File(String version, List<String> sources, List<Agent> agents) {}

  private DrugDictionary(String version, List<String> sources, List<Agent> agents) {
    this.version = version;
    this.sources = List.copyOf(sources);
    this.agents = List.copyOf(agents);
    Map<String, Agent> index = new HashMap<>();
    for (Agent agent : agents) {
      List<String> names = new ArrayList<>(agent.brands());
      names.add(agent.generic());
      if (agent.chinese() != null) {
        names.add(agent.chinese());
      }
      for (String name : names) {
        Agent previous = index.put(key(name), agent);
        if (previous != null && previous != agent) {
          throw new IllegalStateException(
              "drug dictionary: name \"" + name + "\" is used by two agents");
        }
      }
    }
    this.byName = Map.copyOf(index);
  }

  /** The dictionary shipped with celltrial. */
  public static DrugDictionary standard() {
    return STANDARD;
  }

  private static DrugDictionary load() {
    ObjectMapper mapper =
        JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    try (InputStream in = DrugDictionary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      File file = mapper.readValue(in, File.class);
      return new DrugDictionary(file.version(), file.sources(), file.agents());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The dictionary's version (its release date). */
  public String version() {
    return version;
  }

  /** Where the class memberships and names come from. */
  public List<String> sources() {
    return sources;
  }

  /** All agents, in file order. */
  public List<Agent> agents() {
    return agents;
  }

  /** The agent with this generic, Chinese or brand name, case-insensitive. */
  public Optional<Agent> find(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(byName.get(key(name)));
  }

  /** Resolves names to agents; names not in the dictionary are kept in {@code unknown}. */
  public Resolution resolve(Collection<String> names) {
    Set<Agent> found = new LinkedHashSet<>();
    Set<String> unknown = new LinkedHashSet<>();
    for (String name : names) {
      Optional<Agent> agent = find(name);
      if (agent.isPresent()) {
        found.add(agent.get());
      } else {
        unknown.add(name);
      }
    }
    return new Resolution(List.copyOf(found), List.copyOf(unknown));
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Names resolved against the dictionary.
   *
   * @param agents the agents found, each once, in the order first named
   * @param unknown the names not in the dictionary, as given
   */
  public record Resolution(List<Agent> agents, List<String> unknown) {
    /** Copies the lists. */
    public Resolution {
      agents = List.copyOf(agents);
      unknown = List.copyOf(unknown);
    }

    /** Whether any resolved agent belongs to the class. */
    public boolean has(DrugClass drugClass) {
      return agents.stream().anyMatch(a -> a.is(drugClass));
    }

    /** The generic names of the resolved agents plus the unknown names, for set comparisons. */
    public Set<String> identities() {
      Set<String> ids = new LinkedHashSet<>();
      agents.forEach(a -> ids.add(a.generic()));
      unknown.forEach(u -> ids.add(key(u)));
      return ids;
    }
  }
}
