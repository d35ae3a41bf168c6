package io.github.privacyflow.sinks.ldap;

import io.github.privacyflow.sinks.model.Learner;
import io.github.privacyflow.sinks.model.LiveRoom;
import java.util.List;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attributes;
import javax.naming.directory.BasicAttribute;
import javax.naming.directory.BasicAttributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.ModificationItem;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.apache.directory.api.ldap.model.entry.DefaultEntry;
import org.apache.directory.api.ldap.model.entry.DefaultModification;
import org.apache.directory.api.ldap.model.entry.Entry;
import org.apache.directory.api.ldap.model.entry.ModificationOperation;
import org.apache.directory.api.ldap.model.exception.LdapException;
import org.apache.directory.ldap.client.api.LdapConnection;
import org.springframework.ldap.core.LdapClient;
import org.springframework.ldap.core.LdapTemplate;

/**
 * The school directory: learners get an entry when they enrol (JNDI), the campus identity server
 * keeps their display name (Apache Directory LDAP API), and the district's directory is kept in
 * step (Spring LDAP). The agreement names no processor for a directory, so every flow lacks both
 * a purpose and a permitted processor; the Learner type declares its retention, so storing it
 * there needs no other annotation.
 */
public class LdapSinks {

    private static final String PEOPLE = "ou=learners,dc=example-school,dc=edu";
    private static final String ROOMS = "ou=rooms,dc=example-school,dc=edu";

    private final DirContext directory;
    private final LdapConnection campus;
    private final LdapTemplate district;
    private final LdapClient districtClient;

    public LdapSinks(DirContext directory, LdapConnection campus, LdapTemplate district, LdapClient districtClient) {
        this.directory = directory;
        this.campus = campus;
        this.district = district;
        this.districtClient = districtClient;
    }

    public void enrol(Learner learner, String uid) throws NamingException {
        Attributes entry = new BasicAttributes(true);
        entry.put("objectClass", "inetOrgPerson");
        entry.put("uid", uid);
        entry.put("mail", learner.getEmail());
        directory.createSubcontext("uid=" + uid + "," + PEOPLE, entry).close(); // expect PF005
    }

    public void changeEmail(Learner learner, String uid) throws NamingException {
        ModificationItem[] changes = {new ModificationItem(DirContext.REPLACE_ATTRIBUTE, new BasicAttribute("mail", learner.getEmail()))};
        directory.modifyAttributes("uid=" + uid + "," + PEOPLE, changes); // expect repeat PF005
    }

    /** Looking a learner up by email is a read: nothing is stored. */
    public boolean enrolled(Learner learner) throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.ONELEVEL_SCOPE);
        NamingEnumeration<SearchResult> found = directory.search(PEOPLE, "(mail={0})", new Object[] {learner.getEmail()}, controls);
        return found.hasMore();
    }

    public void registerOnCampus(Learner learner, String uid) throws LdapException {
        Entry entry = new DefaultEntry("uid=" + uid + "," + PEOPLE,
                "objectClass: inetOrgPerson",
                "uid", uid,
                "displayName", learner.getNickname());
        campus.add(entry); // expect PF005
    }

    public void renameOnCampus(Learner learner, String uid) throws LdapException {
        campus.modify("uid=" + uid + "," + PEOPLE, new DefaultModification(ModificationOperation.REPLACE_ATTRIBUTE, "displayName", learner.getNickname())); // expect repeat PF005
    }

    /** A room's entry holds its name and seats, nobody's data. */
    public void publishRoom(LiveRoom room) throws LdapException, NamingException {
        campus.add(new DefaultEntry("cn=" + room.getRoomId() + "," + ROOMS,
                "objectClass: device",
                "cn", room.getRoomId(),
                "description", room.getTitle()));
        Attributes entry = new BasicAttributes(true);
        entry.put("objectClass", "device");
        entry.put("description", room.getTitle() + ", " + room.getSeats() + " seats");
        directory.bind("cn=" + room.getRoomId() + "," + ROOMS, null, entry);
    }

    public void syncWithDistrict(Learner learner, String uid) {
        Attributes entry = new BasicAttributes(true);
        entry.put("objectClass", "inetOrgPerson");
        entry.put("mail", learner.getEmail());
        district.bind("uid=" + uid + "," + PEOPLE, null, entry); // expect repeat PF005
    }

    public void updateDistrictNickname(Learner learner, String uid) {
        districtClient.modify("uid=" + uid + "," + PEOPLE)
                .attributes(new ModificationItem(DirContext.REPLACE_ATTRIBUTE, new BasicAttribute("displayName", learner.getNickname())))
                .execute(); // expect repeat PF005
    }

    /** The district's copy of the room list: a search, so a read. */
    public List<String> districtRooms() {
        return district.list(ROOMS);
    }
}
