package org.rightbalance.child;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Children, their families and their families' networks. */
@Repository
public class ChildRepository {

    private static final RowMapper<Child> CHILD = (rs, n) -> new Child(rs.getLong("id"), rs.getString("council_child_id"),
            rs.getString("given_name"), rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class),
            Sex.valueOf(rs.getString("sex")), rs.getString("ethnicity"), rs.getLong("family_id"), rs.getInt("version"));
    private static final RowMapper<Family> FAMILY = (rs, n) -> new Family(rs.getLong("id"), rs.getString("family_name"),
            rs.getString("address"), rs.getString("postcode"));
    private static final RowMapper<NetworkMember> MEMBER = (rs, n) -> new NetworkMember(rs.getLong("id"),
            rs.getLong("family_id"), rs.getString("name"), rs.getString("relationship"),
            NetworkMember.Kind.valueOf(rs.getString("kind")), rs.getString("organisation"), rs.getString("contact"),
            rs.getBoolean("main_carer"));

    private final JdbcClient jdbc;

    public ChildRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Child> findById(long id) {
        return jdbc.sql("select * from child where id = ?").param(id).query(CHILD).optional();
    }

    public Optional<Child> findByCouncilChildId(String councilChildId) {
        return jdbc.sql("select * from child where council_child_id = ?").param(councilChildId).query(CHILD).optional();
    }

    public Optional<Family> findFamily(long familyId) {
        return jdbc.sql("select * from family where id = ?").param(familyId).query(FAMILY).optional();
    }

    public List<NetworkMember> network(long familyId) {
        return jdbc.sql("select * from network_member where family_id = ? order by kind, name").param(familyId)
                .query(MEMBER).list();
    }

    public long addFamily(String familyName, String address, String postcode) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into family (family_name, address, postcode) values (?, ?, ?)")
                .params(familyName, address, postcode).update(key, "id");
        return key.getKey().longValue();
    }

    public long addChild(String councilChildId, String givenName, String familyName, LocalDate dateOfBirth, Sex sex,
                         String ethnicity, long familyId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into child (council_child_id, given_name, family_name, date_of_birth, sex, ethnicity, family_id)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(councilChildId, givenName, familyName, dateOfBirth, sex.name(), ethnicity, familyId)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public long addNetworkMember(long familyId, String name, String relationship, NetworkMember.Kind kind,
                                 String organisation, String contact, boolean mainCarer) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into network_member (family_id, name, relationship, kind, organisation, contact, main_carer)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(familyId, name, relationship, kind.name(), organisation, contact, mainCarer).update(key, "id");
        return key.getKey().longValue();
    }
}
