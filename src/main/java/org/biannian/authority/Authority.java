package org.biannian.authority;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The merged authority: the built-in pack, then the user's packs in order. A later record with the
 * same id replaces the earlier one; new ids extend. Immutable once built.
 */
public final class Authority {

    static final String BUILT_IN = "/org/biannian/authority/pack";

    private final Map<String, AuthorityRecord> records;
    private final List<Reign> reigns;
    private final Map<String, RoleWord> roles;

    private Authority(Map<String, AuthorityRecord> records, List<Reign> reigns, Map<String, RoleWord> roles) {
        this.records = Collections.unmodifiableMap(records);
        this.reigns = List.copyOf(reigns);
        this.roles = Collections.unmodifiableMap(roles);
    }

    /** The pack shipped with Biannian (Song, Liao, Xia and Jin, 960–1279). */
    public static Authority builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** The built-in pack extended and overridden by {@code packs} (folders), in order. */
    public static Authority load(List<Path> packs) {
        Objects.requireNonNull(packs, "packs");
        List<PackReader.Pack> all = new ArrayList<>();
        all.add(builtInPack());
        for (Path pack : packs) {
            all.add(PackReader.readFolder(pack));
        }
        return merge(all);
    }

    /** Only the given records and reigns, without the built-in pack: for tests and synthetic packs. */
    public static Authority of(Collection<AuthorityRecord> records, List<Reign> reigns, List<RoleWord> roles) {
        return merge(List.of(new PackReader.Pack(List.copyOf(records), reigns, roles)));
    }

    /** The built-in pack's files, with the works from the one works authority (WorksFile). */
    private static PackReader.Pack builtInPack() {
        PackReader.Pack pack = PackReader.readResource(BUILT_IN);
        List<AuthorityRecord> records = new ArrayList<>(WorksFile.builtIn().records());
        records.addAll(pack.records());
        return new PackReader.Pack(records, pack.reigns(), pack.roles());
    }

    private static Authority merge(List<PackReader.Pack> packs) {
        Map<String, AuthorityRecord> records = new LinkedHashMap<>();
        Map<String, Reign> reigns = new LinkedHashMap<>();
        Map<String, RoleWord> roles = new LinkedHashMap<>();
        for (PackReader.Pack pack : packs) {
            for (AuthorityRecord record : pack.records()) {
                records.put(record.id(), record);
            }
            for (Reign reign : pack.reigns()) {
                reigns.put(reign.polity() + " " + reign.personId() + " " + reign.firstJdn(), reign);
            }
            for (RoleWord role : pack.roles()) {
                roles.put(role.text(), role);
            }
        }
        return new Authority(records, new ArrayList<>(reigns.values()), roles);
    }

    public Collection<AuthorityRecord> records() {
        return records.values();
    }

    /** The record with this id, or empty. */
    public Optional<AuthorityRecord> find(String id) {
        return Optional.ofNullable(records.get(id));
    }

    public List<Reign> reigns() {
        return reigns;
    }

    public Collection<RoleWord> roleWords() {
        return roles.values();
    }

    /** The rulers of {@code polity} whose reigns overlap the days {@code [firstJdn, lastJdn]}, earliest first. */
    public List<Reign> rulers(String polity, int firstJdn, int lastJdn) {
        return reigns.stream()
                .filter(r -> r.polity().equals(polity) && r.overlaps(firstJdn, lastJdn))
                .sorted(java.util.Comparator.comparingInt(Reign::firstJdn))
                .toList();
    }

    @Override
    public String toString() {
        return "Authority[" + records.size() + " records, " + reigns.size() + " reigns]";
    }

    /** Loaded once, on first use. */
    private static final class BuiltIn {
        static final Authority INSTANCE = merge(List.of(builtInPack()));
    }
}
