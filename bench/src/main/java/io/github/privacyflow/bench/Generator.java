package io.github.privacyflow.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a realistic classroom application of a given size into {@code src/main/java} of a
 * folder: a small common package, then feature modules (rooms, participants, recordings,
 * whiteboard, courseware, chat, attendance, quality), each an entity with privacyflow
 * annotations, a status enum, a summary record, a DAO, a service calling other modules'
 * services, and some of a JAX-RS resource or servlet, a mapper, event types and a validator.
 *
 * <p>Deterministic: module {@code i} depends only on the seed and {@code i} (each has its own
 * {@link Random}, whose algorithm the JDK specifies), so the same seed gives byte-identical files,
 * and a smaller project is a prefix of a larger one. Nothing depends on time, locale or hash order.
 */
public final class Generator {

    /** The root package of the generated application. */
    public static final String BASE = "edu.classroom";

    private static final String COMMON = BASE + ".common";
    private static final String UI = "user-interaction";
    private static final String GC = "generated-content";

    /** What was written. */
    public record Stats(int sourceFiles, long lines, long bytes, int modules) {
    }

    private record Prop(String type, String name, String imp) {
    }

    private record Feature(String name, String[] stems, String[] statuses, List<Prop> props, double typePersonalRate,
            String typeCategory, double storageRate, double metricsRate) {
    }

    private enum Kind { PLAIN, PERSONAL, HEURISTIC, SENSITIVE, NOT_PERSONAL }

    private static final class EField {
        final String type;
        final String name;
        final String imp;
        final Kind kind;
        final List<String> annotations = new ArrayList<>();
        final Set<String> annotationImports = new LinkedHashSet<>();
        boolean setter;

        EField(Prop prop, Kind kind) {
            this.type = prop.type();
            this.name = prop.name();
            this.imp = prop.imp();
            this.kind = kind;
        }

        boolean input() {
            return type.equals("String") && kind != Kind.PLAIN;
        }

        boolean personalLike() {
            return kind == Kind.PERSONAL || kind == Kind.HEURISTIC || kind == Kind.SENSITIVE;
        }

        String getter() {
            return (type.equals("boolean") ? "is" : "get") + cap(name);
        }
    }

    private static final class Module {
        int index;
        Feature feature;
        String pkg;
        String name;
        String[] statuses;
        final List<EField> fields = new ArrayList<>();
        final List<Module> deps = new ArrayList<>();
        boolean persisted;
        boolean typePersonal;
        String typeCategory;
        String typeRetain;
        boolean daoDeletes;
        boolean daoPurges;
        boolean erases;
        int endpoint; // 0 none, 1 JAX-RS resource, 2 servlet
        boolean consentGate;
        boolean mapper;
        boolean events;
        boolean validator;
        String packagePurpose;
        String servicePurpose;
        boolean storage;
        boolean metrics;
        boolean troubleshooting;
        boolean entityKey;
        boolean summaryHeuristic;
        int fillers;
    }

    private static final List<Prop> PERSONAL_POOL = List.of(
            new Prop("String", "displayName", null), new Prop("String", "userId", null),
            new Prop("String", "ipAddress", null), new Prop("String", "deviceId", null),
            new Prop("String", "nickname", null), new Prop("String", "avatarUrl", null),
            new Prop("String", "email", null), new Prop("String", "studentNo", null));
    private static final List<Prop> HEURISTIC_POOL = List.of(
            new Prop("String", "email", null), new Prop("String", "deviceId", null),
            new Prop("String", "phoneNumber", null), new Prop("String", "ipAddress", null),
            new Prop("String", "realName", null), new Prop("LocalDate", "birthDate", "java.time.LocalDate"),
            new Prop("String", "studentNo", null), new Prop("String", "macAddress", null));
    private static final List<Prop> SENSITIVE_NAMED = List.of(
            new Prop("String", "healthCondition", null), new Prop("String", "religion", null),
            new Prop("String", "bankAccount", null), new Prop("String", "idCardNumber", null),
            new Prop("String", "preciseLocation", null), new Prop("String", "ethnicity", null));
    private static final String[][] SENSITIVE_ANNOTATED = {
        {"String", "accessibilityNeeds", "health"}, {"String", "faceTemplate", "biometric"},
        {"String", "supportNotes", "health"}, {"String", "guardianConsentNote", "minor"}};
    private static final String[][] NOT_PERSONAL = {
        {"deviceId", "a shared classroom kiosk, not a person's device"},
        {"ipAddress", "the media server's address, not a client's"},
        {"email", "the course's public contact mailbox"},
        {"hostName", "the media node that served the session"}};
    private static final String[] QUALIFIERS = {
        "Live", "Scheduled", "Shared", "Private", "Group", "Weekly", "Mobile", "Guest", "Archived", "Pinned",
        "Regional", "Trial", "Premium", "Draft", "Public", "Hybrid", "Offline", "Peer", "Open", "Team"};
    private static final String[] SENTENCES = {
        "Kept for the classroom's own features only.",
        "Rows are written by the service and read by the resource.",
        "One row per room and per event; the service keeps it consistent.",
        "Read often, written rarely; see the DAO for the queries.",
        "Created when a class starts and closed with the room."};

    private static final List<Feature> FEATURES = List.of(
            new Feature("rooms", new String[] {"Room", "Breakout", "Lobby", "Schedule", "Seat", "Invitation", "Agenda"},
                    new String[] {"SCHEDULED", "OPEN", "LOCKED", "CLOSED", "ARCHIVED"},
                    props("String title", "int capacity", "Instant startsAt", "Instant endsAt", "boolean locked",
                            "String region", "String layoutTemplate", "int maxBreakouts", "boolean recordingEnabled",
                            "String timeZone", "Long lessonId", "Duration gracePeriod"),
                    0.15, UI, 0.15, 0.05),
            new Feature("participants", new String[] {"Participant", "Attendee", "Guardian", "Enrollment", "Profile", "Presence", "Seating"},
                    new String[] {"INVITED", "JOINED", "MUTED", "LEFT", "REMOVED"},
                    props("Instant joinedAt", "Instant leftAt", "boolean handRaised", "boolean muted", "boolean cameraOn",
                            "int seatNumber", "String languageTag", "String clientVersion", "int reconnects", "String roleCode"),
                    0.30, UI, 0.10, 0.05),
            new Feature("recordings", new String[] {"Recording", "Clip", "Transcript", "Highlight", "Upload", "Replay", "Caption"},
                    new String[] {"PENDING", "RECORDING", "UPLOADING", "STORED", "FAILED", "DELETED"},
                    props("String objectKey", "String fileName", "long sizeBytes", "Instant startedAt", "Instant finishedAt",
                            "String format", "int bitrateKbps", "long durationSeconds", "String resolution", "String checksum"),
                    0.55, GC, 0.70, 0.05),
            new Feature("whiteboard", new String[] {"Board", "Stroke", "Snapshot", "Layer", "Sticker", "Canvas", "Shape"},
                    new String[] {"DRAFT", "SHARED", "FROZEN", "EXPORTED"},
                    props("String boardKey", "int pageIndex", "int strokeCount", "String color", "int widthPx",
                            "int layerIndex", "Instant updatedAt", "String shapeType", "boolean frozen", "double zoom"),
                    0.35, GC, 0.35, 0.05),
            new Feature("courseware", new String[] {"Document", "Slide", "Quiz", "Assignment", "Annotation", "Handout", "Syllabus"},
                    new String[] {"UPLOADED", "CONVERTING", "READY", "FAILED", "RETIRED"},
                    props("String documentKey", "int pageCount", "String mimeType", "String title", "Instant convertedAt",
                            "int revision", "String language", "long sizeBytes", "String thumbnailKey", "boolean downloadable"),
                    0.10, UI, 0.40, 0.05),
            new Feature("chat", new String[] {"Message", "Thread", "Reaction", "Mention", "Poll", "Announcement", "Question"},
                    new String[] {"SENT", "EDITED", "HIDDEN", "DELETED"},
                    props("String body", "Instant sentAt", "String visibility", "boolean edited", "Long replyToId",
                            "int reactionCount", "boolean pinned", "String threadKey", "String language", "int flags"),
                    0.30, UI, 0.10, 0.10),
            new Feature("attendance", new String[] {"CheckIn", "Absence", "Roll", "Tardy", "Excuse", "Streak", "Register"},
                    new String[] {"EXPECTED", "PRESENT", "LATE", "ABSENT", "EXCUSED"},
                    props("Instant checkedInAt", "Instant checkedOutAt", "int minutesPresent", "boolean late", "boolean excused",
                            "Long lessonId", "String source", "LocalDate lessonDate", "int streakDays", "String terminal"),
                    0.25, UI, 0.10, 0.05),
            new Feature("quality", new String[] {"Connection", "NetworkSample", "DeviceReport", "Latency", "Incident", "Probe", "Bitrate"},
                    new String[] {"OK", "DEGRADED", "FAILING", "RECOVERED"},
                    props("String sessionKey", "int latencyMs", "double packetLoss", "int jitterMs", "int bitrateKbps",
                            "String codec", "Instant sampledAt", "String region", "String mediaServer", "int frameRate"),
                    0.20, UI, 0.10, 0.50));

    private final long seed;

    /**
     * Creates a generator.
     *
     * @param seed the seed; the same seed writes the same files
     */
    public Generator(long seed) {
        this.seed = seed;
    }

    /**
     * Writes a project of at least {@code targetLines} lines of Java below {@code projectRoot/src/main/java}.
     *
     * @param projectRoot the project folder; its {@code src/main/java} must not exist yet
     * @param targetLines how many lines to write, at least
     * @return what was written
     * @throws IOException when a file cannot be written
     */
    public Stats generate(Path projectRoot, long targetLines) throws IOException {
        Path sourceRoot = projectRoot.resolve("src/main/java");
        Writer writer = new Writer(sourceRoot);
        writeCommon(writer);
        List<Module> modules = new ArrayList<>();
        Map<String, Integer> packageUses = new HashMap<>();
        while (writer.lines < targetLines) {
            Module module = plan(modules.size(), modules, packageUses);
            modules.add(module);
            writeModule(writer, module);
        }
        return new Stats(writer.files, writer.lines, writer.bytes, modules.size());
    }

    private static final class Writer {
        final Path root;
        int files;
        long lines;
        long bytes;

        Writer(Path root) {
            this.root = root;
        }

        void writeText(String pkg, String simpleName, String text) throws IOException {
            Path dir = root.resolve(pkg.replace('.', '/'));
            Files.createDirectories(dir);
            byte[] content = text.getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(simpleName + ".java"), content);
            files++;
            bytes += content.length;
            for (byte b : content) {
                if (b == '\n') {
                    lines++;
                }
            }
        }

        void write(Src src, String pkg, String simpleName) throws IOException {
            writeText(pkg, simpleName, src.render());
        }
    }

    // ------------------------------------------------------------------ planning

    private Module plan(int index, List<Module> earlier, Map<String, Integer> packageUses) {
        Random r = new Random(seed * 0x9E3779B97F4A7C15L + (index + 1L) * 0xC2B2AE3D27D4EB4FL);
        Module m = new Module();
        m.index = index;
        m.feature = FEATURES.get(index % FEATURES.size());
        Feature f = m.feature;
        m.name = QUALIFIERS[r.nextInt(QUALIFIERS.length)] + f.stems()[r.nextInt(f.stems().length)];
        String base = BASE + "." + f.name() + "." + m.name.toLowerCase(Locale.ROOT);
        int use = packageUses.merge(base, 1, Integer::sum);
        m.pkg = use == 1 ? base : base + use;
        int statusCount = 3 + r.nextInt(f.statuses().length - 2);
        m.statuses = new String[statusCount];
        System.arraycopy(f.statuses(), 0, m.statuses, 0, statusCount);

        m.persisted = r.nextDouble() < 0.85;
        m.typePersonal = r.nextDouble() < f.typePersonalRate();
        m.typeCategory = m.typePersonal ? (f.typeCategory().equals(GC) && r.nextDouble() < 0.8 ? GC : UI) : null;

        Set<String> used = new HashSet<>(Set.of("id", "roomId", "status", "createdAt"));
        List<Prop> plain = new ArrayList<>(f.props());
        int plainCount = 3 + r.nextInt(Math.min(7, plain.size() - 2));
        for (int i = 0; i < plainCount; i++) {
            Prop prop = plain.remove(r.nextInt(plain.size()));
            addField(m, used, new EField(prop, Kind.PLAIN));
        }
        int personal = m.typePersonal ? r.nextInt(2) : (r.nextDouble() < 0.7 ? 1 + r.nextInt(2) : 0);
        for (int i = 0; i < personal; i++) {
            EField field = new EField(PERSONAL_POOL.get(r.nextInt(PERSONAL_POOL.size())), Kind.PERSONAL);
            String category = m.typeCategory != null ? m.typeCategory : UI;
            if (r.nextDouble() < 0.015) {
                category = "user-interation"; // a typo: PF008
            }
            field.annotations.add("@PersonalData(category = \"" + category + "\")");
            field.annotationImports.add("io.github.privacyflow.annotations.PersonalData");
            addField(m, used, field);
        }
        if (r.nextDouble() < 0.20) {
            addField(m, used, new EField(HEURISTIC_POOL.get(r.nextInt(HEURISTIC_POOL.size())), Kind.HEURISTIC));
        }
        if (r.nextDouble() < 0.05) {
            if (r.nextBoolean()) {
                addField(m, used, new EField(SENSITIVE_NAMED.get(r.nextInt(SENSITIVE_NAMED.size())), Kind.SENSITIVE));
            } else {
                String[] spec = SENSITIVE_ANNOTATED[r.nextInt(SENSITIVE_ANNOTATED.length)];
                EField field = new EField(new Prop(spec[0], spec[1], null), Kind.SENSITIVE);
                field.annotations.add("@Sensitive(kind = \"" + spec[2] + "\")");
                field.annotationImports.add("io.github.privacyflow.annotations.Sensitive");
                addField(m, used, field);
            }
        }
        if (r.nextDouble() < 0.10) {
            String[] spec = NOT_PERSONAL[r.nextInt(NOT_PERSONAL.length)];
            EField field = new EField(new Prop("String", spec[0], null), Kind.NOT_PERSONAL);
            field.annotations.add("@NotPersonalData(reason = \"" + spec[1] + "\")");
            field.annotationImports.add("io.github.privacyflow.annotations.NotPersonalData");
            addField(m, used, field);
        }
        for (EField field : m.fields) {
            field.setter = field.kind != Kind.PLAIN || r.nextDouble() < 0.6;
        }

        boolean holdsPersonal = m.typePersonal || m.fields.stream().anyMatch(EField::personalLike);
        double retention = r.nextDouble();
        String retain = null;
        if (holdsPersonal) {
            if (GC.equals(m.typeCategory)) {
                retain = retention < 0.88 ? "@Retain(untilDeleted = true)" : null;
            } else if (retention < 0.85) {
                retain = "@Retain(days = " + new int[] {30, 90, 180, 180}[r.nextInt(4)] + ")";
            } else if (retention < 0.90) {
                retain = "@Retain(days = 365)"; // longer than the agreement allows: PF007
            }
        } else if (retention < 0.2) {
            retain = "@Retain(days = 90)";
        }
        if (retain != null) {
            List<EField> personalFields = m.fields.stream().filter(field -> field.kind == Kind.PERSONAL).toList();
            if (!m.typePersonal && !personalFields.isEmpty() && r.nextDouble() < 0.3) {
                for (EField field : personalFields) {
                    field.annotations.add(retain);
                    field.annotationImports.add("io.github.privacyflow.annotations.Retain");
                }
            } else {
                m.typeRetain = retain;
            }
        }
        m.daoDeletes = r.nextDouble() < 0.88;
        m.daoPurges = m.daoDeletes && r.nextDouble() < 0.4;
        m.erases = m.daoDeletes && r.nextDouble() < 0.35;
        double endpoint = r.nextDouble();
        m.endpoint = endpoint < 0.65 ? 1 : endpoint < 0.75 ? 2 : 0;
        m.consentGate = m.endpoint != 0 && r.nextDouble() < 0.6;
        m.mapper = r.nextDouble() < 0.6;
        m.events = r.nextDouble() < 0.45;
        m.validator = r.nextDouble() < 0.5;
        double purpose = r.nextDouble();
        m.packagePurpose = purpose < 0.2 ? (r.nextDouble() < 0.8 ? "provide-feature" : "troubleshooting") : null;
        m.servicePurpose = r.nextDouble() < 0.55 ? (r.nextDouble() < 0.85 ? "provide-feature" : "troubleshooting") : null;
        m.storage = r.nextDouble() < f.storageRate();
        m.metrics = r.nextDouble() < f.metricsRate();
        m.troubleshooting = r.nextDouble() < 0.3;
        m.entityKey = r.nextDouble() < 0.3;
        m.summaryHeuristic = r.nextDouble() < 0.08;
        m.fillers = r.nextInt(8);

        int depCount = earlier.isEmpty() ? 0 : r.nextInt(4);
        Set<String> names = new HashSet<>(Set.of(m.name + "Service"));
        for (int i = 0; i < depCount; i++) {
            int window = Math.min(40, earlier.size());
            Module dep = earlier.get(earlier.size() - 1 - r.nextInt(window));
            if (names.add(dep.name + "Service")) {
                m.deps.add(dep);
            }
        }
        return m;
    }

    private static void addField(Module m, Set<String> used, EField field) {
        if (used.add(field.name)) {
            m.fields.add(field);
        }
    }

    private static List<Prop> props(String... specs) {
        List<Prop> result = new ArrayList<>();
        for (String spec : specs) {
            String[] parts = spec.split(" ");
            String imp = switch (parts[0]) {
                case "Instant" -> "java.time.Instant";
                case "Duration" -> "java.time.Duration";
                case "LocalDate" -> "java.time.LocalDate";
                default -> null;
            };
            result.add(new Prop(parts[0], parts[1], imp));
        }
        return List.copyOf(result);
    }

    // ------------------------------------------------------------------ common package

    private void writeCommon(Writer writer) throws IOException {
        Src dao = new Src(COMMON).imp("jakarta.persistence.EntityManager").imp("java.util.Optional");
        dao.line("/**").line(" * Shared plumbing of the DAOs: persisting and finding by primary key. Deleting is left to each")
                .line(" * DAO, because every entity has its own erasure rules.").line(" *")
                .line(" * @param <T> the entity type").line(" */");
        dao.open("public abstract class AbstractJpaDao<T>");
        dao.line("protected final EntityManager em;").line("private final Class<T> entityType;").blank();
        dao.open("protected AbstractJpaDao(EntityManager em, Class<T> entityType)").line("this.em = em;")
                .line("this.entityType = entityType;").close().blank();
        dao.open("public T save(T entity)").line("em.persist(entity);").line("return entity;").close().blank();
        dao.open("public T update(T entity)").line("return em.merge(entity);").close().blank();
        dao.open("public Optional<T> findById(Object id)").line("return Optional.ofNullable(em.find(entityType, id));").close().blank();
        dao.open("protected Class<T> entityType()").line("return entityType;").close();
        dao.close();
        writer.write(dao, COMMON, "AbstractJpaDao");

        Src storage = new Src(COMMON).imp("io.github.privacyflow.annotations.Sink").imp("java.util.Map")
                .imp("java.util.concurrent.ConcurrentHashMap").imp("java.util.HexFormat").imp("java.security.MessageDigest")
                .imp("java.security.NoSuchAlgorithmException").imp("org.slf4j.Logger").imp("org.slf4j.LoggerFactory");
        storage.line("/** The client of Cloud Object Storage: recordings, exports and snapshots are uploaded here. */");
        storage.open("public class ObjectStorageClient");
        storage.line("private static final Logger log = LoggerFactory.getLogger(ObjectStorageClient.class);").blank();
        storage.line("private final Map<String, byte[]> objects = new ConcurrentHashMap<>();").line("private final String region;").blank();
        storage.open("public ObjectStorageClient(String region)").line("this.region = region;").close().blank();
        storage.line("@Sink(processor = \"cloud-object-storage\")");
        storage.open("public String putObject(String bucket, String key, byte[] content)");
        storage.line("objects.put(bucket + \"/\" + key, content.clone());");
        storage.line("log.debug(\"Uploaded {} bytes to {}/{} in {}\", content.length, bucket, key, region);");
        storage.line("return etag(content);").close().blank();
        storage.open("public boolean deleteObject(String bucket, String key)").line("return objects.remove(bucket + \"/\" + key) != null;").close().blank();
        storage.open("public boolean exists(String bucket, String key)").line("return objects.containsKey(bucket + \"/\" + key);").close().blank();
        storage.open("private static String etag(byte[] content)");
        storage.open("try").line("return HexFormat.of().formatHex(MessageDigest.getInstance(\"MD5\").digest(content));");
        storage.reopen("} catch (NoSuchAlgorithmException e) {").line("throw new IllegalStateException(\"MD5 is missing\", e);").close();
        storage.close();
        storage.close();
        writer.write(storage, COMMON, "ObjectStorageClient");

        Src consent = new Src(COMMON).imp("io.github.privacyflow.annotations.ConsentGate").imp("java.util.Set")
                .imp("java.util.concurrent.ConcurrentHashMap");
        consent.line("/** Consents given by end users (or their guardians), and the minimum age of consent. */");
        consent.open("public class ConsentRegistry");
        consent.line("public static final int MINIMUM_AGE = 14;").blank();
        consent.line("private final Set<String> consented = ConcurrentHashMap.newKeySet();").blank();
        consent.open("public void grant(String userId)").line("consented.add(userId);").close().blank();
        consent.open("public void withdraw(String userId)").line("consented.remove(userId);").close().blank();
        consent.line("@ConsentGate");
        consent.open("public void requireConsent(String userId, int age)");
        consent.open("if (age < MINIMUM_AGE)").line("throw new DomainException(\"below the minimum age of consent\");").close();
        consent.open("if (!consented.contains(userId))").line("throw new DomainException(\"no consent on file\");").close();
        consent.close();
        consent.close();
        writer.write(consent, COMMON, "ConsentRegistry");

        Src anonymizer = new Src(COMMON).imp("io.github.privacyflow.annotations.Anonymizer").imp("java.nio.charset.StandardCharsets")
                .imp("java.security.MessageDigest").imp("java.security.NoSuchAlgorithmException").imp("java.util.HexFormat");
        anonymizer.line("/** Replaces identifiers by salted hashes before they leave the service. */");
        anonymizer.open("public final class Pseudonymizer");
        anonymizer.line("private final String salt;").blank();
        anonymizer.open("public Pseudonymizer(String salt)").line("this.salt = salt;").close().blank();
        anonymizer.line("@Anonymizer");
        anonymizer.open("public String pseudonymize(String value)");
        anonymizer.open("if (value == null)").line("return null;").close();
        anonymizer.open("try");
        anonymizer.line("MessageDigest digest = MessageDigest.getInstance(\"SHA-256\");");
        anonymizer.line("digest.update(salt.getBytes(StandardCharsets.UTF_8));");
        anonymizer.line("return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8))).substring(0, 16);");
        anonymizer.reopen("} catch (NoSuchAlgorithmException e) {").line("throw new IllegalStateException(\"SHA-256 is missing\", e);").close();
        anonymizer.close();
        anonymizer.close();
        writer.write(anonymizer, COMMON, "Pseudonymizer");

        Src audit = new Src(COMMON).imp("org.slf4j.Logger").imp("org.slf4j.LoggerFactory").imp("java.time.Clock");
        audit.line("/** The operation log: who did what in which room, shipped to Cloud Log Service. */");
        audit.open("public class AuditLog");
        audit.line("private static final Logger log = LoggerFactory.getLogger(\"audit\");").blank();
        audit.line("private final Clock clock;").blank();
        audit.open("public AuditLog(Clock clock)").line("this.clock = clock;").close().blank();
        audit.open("public void record(String action, String roomId, Object subject)");
        audit.line("log.info(\"{} {} room={} subject={}\", clock.instant(), action, roomId, subject);").close();
        audit.close();
        writer.write(audit, COMMON, "AuditLog");

        Src metrics = new Src(COMMON).imp("java.net.URI").imp("java.net.http.HttpClient").imp("java.net.http.HttpRequest")
                .imp("java.net.http.HttpResponse").imp("java.util.Map").imp("java.util.stream.Collectors");
        metrics.line("/** Sends usage counters to the product analytics endpoint. */");
        metrics.open("public class MetricsPublisher");
        metrics.line("private final HttpClient http = HttpClient.newHttpClient();").line("private final URI endpoint;").blank();
        metrics.open("public MetricsPublisher(URI endpoint)").line("this.endpoint = endpoint;").close().blank();
        metrics.open("public void publish(String counter, Map<String, String> tags)");
        metrics.line("String body = counter + \"?\" + tags.entrySet().stream()");
        metrics.line("        .map(tag -> tag.getKey() + \"=\" + tag.getValue())");
        metrics.line("        .collect(Collectors.joining(\"&\"));");
        metrics.line("HttpRequest request = HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofString(body)).build();");
        metrics.line("http.sendAsync(request, HttpResponse.BodyHandlers.discarding());");
        metrics.close();
        metrics.close();
        writer.write(metrics, COMMON, "MetricsPublisher");

        Src exception = new Src(COMMON);
        exception.line("/** A request the domain refuses: unknown ids, missing consent, invalid input. */");
        exception.open("public class DomainException extends RuntimeException");
        exception.line("private static final long serialVersionUID = 1L;").blank();
        exception.open("public DomainException(String message)").line("super(message);").close();
        exception.close();
        writer.write(exception, COMMON, "DomainException");

        Src page = new Src(COMMON).imp("java.util.List").imp("java.util.function.Function");
        page.line("/**").line(" * One page of a listing.").line(" *").line(" * @param <T> the item type")
                .line(" * @param items the items").line(" * @param page the page index").line(" * @param size the page size")
                .line(" * @param total how many items there are").line(" */");
        page.open("public record Page<T>(List<T> items, int page, int size, long total)");
        page.open("public Page").line("items = List.copyOf(items);").close().blank();
        page.open("public <R> Page<R> map(Function<? super T, ? extends R> mapper)");
        page.line("return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);").close().blank();
        page.open("public boolean hasNext()").line("return (long) (page + 1) * size < total;").close();
        page.close();
        writer.write(page, COMMON, "Page");

        Src texts = new Src(COMMON).imp("java.util.Collection").imp("java.util.stream.Collectors");
        texts.line("/** Small string helpers shared by the mappers. */");
        texts.open("public final class Texts");
        texts.open("private Texts()").close().blank();
        texts.open("public static String truncate(String value, int max)");
        texts.line("return value == null || value.length() <= max ? value : value.substring(0, max - 1) + \"\\u2026\";").close().blank();
        texts.open("public static String csv(String value)");
        texts.open("if (value == null)").line("return \"\";").close();
        texts.line("return value.contains(\",\") || value.contains(\"\\\"\") ? '\"' + value.replace(\"\\\"\", \"\\\"\\\"\") + '\"' : value;").close().blank();
        texts.open("public static String joinNonEmpty(String separator, Collection<String> parts)");
        texts.line("return parts.stream().filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(separator));").close();
        texts.close();
        writer.write(texts, COMMON, "Texts");
    }

    // ------------------------------------------------------------------ one module

    private void writeModule(Writer writer, Module m) throws IOException {
        writer.writeText(m.pkg, m.name, entity(m));
        writer.writeText(m.pkg, m.name + "Status", statusEnum(m));
        writer.writeText(m.pkg, m.name + "Summary", summary(m));
        writer.writeText(m.pkg, m.name + "Dao", dao(m));
        writer.writeText(m.pkg, m.name + "Service", service(m));
        if (m.endpoint == 1) {
            writer.writeText(m.pkg, m.name + "Resource", resource(m));
        } else if (m.endpoint == 2) {
            writer.writeText(m.pkg, m.name + "Servlet", servlet(m));
        }
        if (m.mapper) {
            writer.writeText(m.pkg, m.name + "Mapper", mapper(m));
        }
        if (m.events) {
            writer.writeText(m.pkg, m.name + "Events", events(m));
        }
        if (m.validator) {
            writer.writeText(m.pkg, m.name + "Validator", validator(m));
        }
        if (m.packagePurpose != null) {
            String text = "/**\n * " + m.name + ": " + m.feature.name() + " of the classroom.\n */\n"
                    + "@Purpose(\"" + m.packagePurpose + "\")\npackage " + m.pkg + ";\n\n"
                    + "import io.github.privacyflow.annotations.Purpose;\n";
            writer.writeText(m.pkg, "package-info", text);
        }
    }

    private static List<EField> inputs(Module m) {
        return m.fields.stream().filter(EField::input).toList();
    }

    private static String params(List<EField> fields) {
        StringBuilder text = new StringBuilder("String roomId");
        for (EField field : fields) {
            text.append(", ").append(field.type).append(' ').append(field.name);
        }
        return text.toString();
    }

    private static String args(List<EField> fields) {
        StringBuilder text = new StringBuilder("roomId");
        for (EField field : fields) {
            text.append(", ").append(field.name);
        }
        return text.toString();
    }

    private String entity(Module m) {
        Src s = new Src(m.pkg);
        String n = m.name;
        s.imp("java.time.Instant").imp("java.time.Duration").imp("java.util.Objects");
        if (m.persisted) {
            s.imp("jakarta.persistence.Entity").imp("jakarta.persistence.Table").imp("jakarta.persistence.Id")
                    .imp("jakarta.persistence.GeneratedValue").imp("jakarta.persistence.Enumerated").imp("jakarta.persistence.EnumType");
        }
        if (m.typePersonal) {
            s.imp("io.github.privacyflow.annotations.PersonalData");
        }
        if (m.typeRetain != null) {
            s.imp("io.github.privacyflow.annotations.Retain");
        }
        for (EField field : m.fields) {
            s.imp(field.imp);
            field.annotationImports.forEach(s::imp);
        }
        s.line("/**").line(" * " + words(n) + " of the " + m.feature.name() + " feature. " + SENTENCES[m.index % SENTENCES.length]).line(" */");
        if (m.persisted) {
            s.line("@Entity").line("@Table(name = \"" + snake(n) + "\")");
        }
        if (m.typePersonal) {
            s.line("@PersonalData(category = \"" + m.typeCategory + "\")");
        }
        if (m.typeRetain != null) {
            s.line(m.typeRetain);
        }
        s.open("public class " + n);
        if (m.persisted) {
            s.line("@Id").line("@GeneratedValue");
        }
        s.line("private Long id;").blank();
        s.line("private String roomId;").blank();
        if (m.persisted) {
            s.line("@Enumerated(EnumType.STRING)");
        }
        s.line("private " + n + "Status status;").blank();
        s.line("private Instant createdAt;").blank();
        for (EField field : m.fields) {
            field.annotations.forEach(s::line);
            s.line("private " + field.type + " " + field.name + ";").blank();
        }
        if (m.persisted) {
            s.open("protected " + n + "()").close().blank();
        }
        List<EField> inputs = inputs(m);
        s.open("public " + n + "(" + params(inputs) + ")");
        s.line("this.roomId = roomId;");
        for (EField field : inputs) {
            s.line("this." + field.name + " = " + field.name + ";");
        }
        s.close().blank();
        getter(s, "Long", "id");
        getter(s, "String", "roomId");
        getter(s, n + "Status", "status");
        setter(s, n + "Status", "status");
        getter(s, "Instant", "createdAt");
        setter(s, "Instant", "createdAt");
        for (EField field : m.fields) {
            getter(s, field.type, field.name);
            if (field.setter) {
                setter(s, field.type, field.name);
            }
        }
        s.open("public boolean isIn(" + n + "Status... states)");
        s.open("for (" + n + "Status state : states)");
        s.open("if (status == state)").line("return true;").close();
        s.close();
        s.line("return false;").close().blank();
        s.open("public boolean isOlderThan(Duration age, Instant now)");
        s.line("return createdAt != null && createdAt.plus(age).isBefore(now);").close().blank();
        if (m.entityKey) {
            s.open("public Key key()").line("return new Key(roomId, id);").close().blank();
        }
        s.line("@Override");
        s.open("public boolean equals(Object other)");
        s.open("if (this == other)").line("return true;").close();
        s.open("if (!(other instanceof " + n + "))").line("return false;").close();
        s.line(n + " that = (" + n + ") other;");
        s.line("return id != null && id.equals(that.id);").close().blank();
        s.line("@Override");
        s.open("public int hashCode()").line("return Objects.hashCode(id);").close().blank();
        s.line("@Override");
        s.open("public String toString()");
        s.line("StringBuilder text = new StringBuilder(\"" + n + "{\");");
        s.line("text.append(\"id=\").append(id);");
        s.line("text.append(\", roomId=\").append(roomId);");
        s.line("text.append(\", status=\").append(status);");
        for (EField field : m.fields) {
            if (field.kind == Kind.PLAIN) {
                s.line("text.append(\", " + field.name + "=\").append(" + field.name + ");");
            }
        }
        s.line("return text.append('}').toString();").close();
        if (m.entityKey) {
            s.blank().line("/** The natural key: a row is unique per room. */");
            s.open("public static final class Key");
            s.line("private final String roomId;").line("private final Long id;").blank();
            s.open("public Key(String roomId, Long id)").line("this.roomId = roomId;").line("this.id = id;").close().blank();
            s.open("public String roomId()").line("return roomId;").close().blank();
            s.open("public Long id()").line("return id;").close().blank();
            s.line("@Override");
            s.open("public boolean equals(Object other)");
            s.open("if (!(other instanceof Key))").line("return false;").close();
            s.line("Key that = (Key) other;");
            s.line("return Objects.equals(roomId, that.roomId) && Objects.equals(id, that.id);").close().blank();
            s.line("@Override");
            s.open("public int hashCode()").line("return Objects.hash(roomId, id);").close().blank();
            s.line("@Override");
            s.open("public String toString()").line("return roomId + \"/\" + id;").close();
            s.close();
        }
        s.close();
        return s.render();
    }

    private static void getter(Src s, String type, String name) {
        s.open("public " + type + " " + (type.equals("boolean") ? "is" : "get") + cap(name) + "()").line("return " + name + ";").close().blank();
    }

    private static void setter(Src s, String type, String name) {
        s.open("public void set" + cap(name) + "(" + type + " " + name + ")").line("this." + name + " = " + name + ";").close().blank();
    }

    private String statusEnum(Module m) {
        Src s = new Src(m.pkg).imp("java.util.Locale");
        String e = m.name + "Status";
        s.line("/** The life cycle of a " + words(m.name).toLowerCase(Locale.ROOT) + ". */");
        s.open("public enum " + e);
        for (int i = 0; i < m.statuses.length; i++) {
            String label = m.statuses[i].toLowerCase(Locale.ROOT);
            s.doc("The " + words(m.name).toLowerCase(Locale.ROOT) + " is " + label.replace('_', ' ') + ".");
            s.line(m.statuses[i] + "(\"" + label + "\")" + (i == m.statuses.length - 1 ? ";" : ","));
        }
        s.blank().line("private final String label;").blank();
        s.open(e + "(String label)").line("this.label = label;").close().blank();
        s.doc("The label shown to users and written to exports.", "@return the label");
        s.open("public String label()").line("return label;").close().blank();
        s.doc("Whether nothing follows this status.", "@return true for the closing statuses");
        s.open("public boolean isTerminal()");
        s.open("switch (this)");
        s.line("case " + m.statuses[m.statuses.length - 1] + ":");
        if (m.statuses.length > 3) {
            s.line("case " + m.statuses[m.statuses.length - 2] + ":");
        }
        s.line("    return true;").line("default:").line("    return false;");
        s.close();
        s.close().blank();
        s.doc("The status that normally follows this one.", "@return the next status, or this one when it is the last");
        s.open("public " + e + " next()");
        s.line(e + "[] all = values();");
        s.line("return ordinal() + 1 < all.length ? all[ordinal() + 1] : this;").close().blank();
        s.imp("java.util.EnumSet");
        s.doc("The statuses a row may move to from this one.", "@return the allowed next statuses");
        s.open("public EnumSet<" + e + "> allowedNext()");
        s.open("if (isTerminal())").line("return EnumSet.noneOf(" + e + ".class);").close();
        s.line("EnumSet<" + e + "> allowed = EnumSet.noneOf(" + e + ".class);");
        s.open("for (" + e + " candidate : values())");
        s.open("if (candidate.ordinal() > ordinal())").line("allowed.add(candidate);").close();
        s.close();
        s.line("return allowed;").close().blank();
        s.doc("Reads a status from its label or its name.", "@param text the label or name", "@return the status",
                "@throws IllegalArgumentException when no status has that label or name");
        s.open("public static " + e + " parse(String text)");
        s.open("for (" + e + " candidate : values())");
        s.open("if (candidate.label.equals(text) || candidate.name().equals(text.toUpperCase(Locale.ROOT)))").line("return candidate;").close();
        s.close();
        s.line("throw new IllegalArgumentException(\"unknown " + e + ": \" + text);").close();
        s.close();
        return s.render();
    }

    private String summary(Module m) {
        Src s = new Src(m.pkg).imp("java.time.Instant").imp("java.util.Objects");
        String n = m.name;
        EField personal = m.fields.stream().filter(field -> field.kind == Kind.PERSONAL && field.type.equals("String"))
                .findFirst().orElse(null);
        EField heuristic = m.summaryHeuristic ? m.fields.stream().filter(field -> field.kind == Kind.HEURISTIC && field.type.equals("String"))
                .findFirst().orElse(null) : null;
        StringBuilder components = new StringBuilder("Long id, String roomId, " + n + "Status status, Instant createdAt");
        StringBuilder of = new StringBuilder("entity.getId(), entity.getRoomId(), entity.getStatus(), entity.getCreatedAt()");
        if (personal != null) {
            s.imp("io.github.privacyflow.annotations.PersonalData");
            String annotation = personal.annotations.stream().filter(a -> a.startsWith("@PersonalData")).findFirst()
                    .orElse("@PersonalData(category = \"" + UI + "\")");
            components.append(", ").append(annotation).append(" String ").append(personal.name);
            of.append(", entity.").append(personal.getter()).append("()");
        }
        if (heuristic != null) {
            components.append(", String ").append(heuristic.name);
            of.append(", entity.").append(heuristic.getter()).append("()");
        }
        List<String> doc = new ArrayList<>(List.of("What a client sees of a " + words(n).toLowerCase(Locale.ROOT) + ".",
                "@param id the row's id", "@param roomId the room", "@param status the status", "@param createdAt when it was created"));
        if (personal != null) {
            doc.add("@param " + personal.name + " the " + words(personal.name).toLowerCase(Locale.ROOT));
        }
        if (heuristic != null) {
            doc.add("@param " + heuristic.name + " the " + words(heuristic.name).toLowerCase(Locale.ROOT));
        }
        s.doc(doc.toArray(String[]::new));
        s.imp("java.util.Comparator").imp("java.time.Duration");
        s.open("public record " + n + "Summary(" + components + ") implements Comparable<" + n + "Summary>");
        s.doc("Oldest first, then by id.");
        s.line("private static final Comparator<" + n + "Summary> ORDER = Comparator");
        s.line("        .comparing(" + n + "Summary::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))");
        s.line("        .thenComparing(" + n + "Summary::id, Comparator.nullsFirst(Comparator.naturalOrder()));").blank();
        s.open("public " + n + "Summary");
        s.line("Objects.requireNonNull(roomId, \"roomId\");").line("Objects.requireNonNull(status, \"status\");").close().blank();
        s.doc("Summarizes a row.", "@param entity the row", "@return its summary");
        s.open("public static " + n + "Summary of(" + n + " entity)").line("return new " + n + "Summary(" + of + ");").close().blank();
        s.doc("Whether the row is closed.", "@return true when its status is terminal");
        s.open("public boolean isTerminal()").line("return status.isTerminal();").close().blank();
        s.doc("Whether the row was created within a window before now.", "@param now the current time",
                "@param window how far back counts as recent", "@return true when recent");
        s.open("public boolean isRecent(Instant now, Duration window)");
        s.line("return createdAt != null && !createdAt.isBefore(now.minus(window));").close().blank();
        s.doc("A short label for lists.", "@return the label");
        s.open("public String label()").line("return status.label() + \" \" + roomId + \"#\" + id;").close().blank();
        s.line("@Override");
        s.open("public int compareTo(" + n + "Summary other)").line("return ORDER.compare(this, other);").close();
        s.close();
        return s.render();
    }

    private String dao(Module m) {
        String n = m.name;
        Src s = new Src(m.pkg).imp(COMMON + ".AbstractJpaDao").imp("jakarta.persistence.EntityManager").imp("java.util.List")
                .imp("java.time.Instant");
        s.doc("Queries of " + words(n).toLowerCase(Locale.ROOT) + " rows.");
        s.open("public class " + n + "Dao extends AbstractJpaDao<" + n + ">");
        s.doc("Creates the DAO.", "@param em the entity manager of the current unit of work");
        s.open("public " + n + "Dao(EntityManager em)").line("super(em, " + n + ".class);").close().blank();
        s.doc("The rows of a room, oldest first.", "@param roomId the room", "@return the rows");
        s.open("public List<" + n + "> ofRoom(String roomId)");
        s.line("return em.createQuery(\"SELECT e FROM " + n + " e WHERE e.roomId = :roomId ORDER BY e.createdAt\", " + n + ".class)");
        s.line("        .setParameter(\"roomId\", roomId)").line("        .getResultList();").close().blank();
        s.doc("The rows in a status.", "@param status the status", "@return the rows");
        s.open("public List<" + n + "> withStatus(" + n + "Status status)");
        s.line("return em.createQuery(\"SELECT e FROM " + n + " e WHERE e.status = :status\", " + n + ".class)");
        s.line("        .setParameter(\"status\", status)").line("        .getResultList();").close().blank();
        s.doc("Counts the rows of a room.", "@param roomId the room", "@return how many rows it has");
        s.open("public long countInRoom(String roomId)");
        s.line("return em.createQuery(\"SELECT COUNT(e) FROM " + n + " e WHERE e.roomId = :roomId\", Long.class)");
        s.line("        .setParameter(\"roomId\", roomId)").line("        .getSingleResult();").close().blank();
        s.doc("The rows created before a time.", "@param cutoff the time", "@return the rows");
        s.open("public List<" + n + "> createdBefore(Instant cutoff)");
        s.line("return em.createQuery(\"SELECT e FROM " + n + " e WHERE e.createdAt < :cutoff\", " + n + ".class)");
        s.line("        .setParameter(\"cutoff\", cutoff)").line("        .getResultList();").close().blank();
        s.doc("One page of a room's rows.", "@param roomId the room", "@param first the index of the first row",
                "@param max how many rows at most", "@return the rows");
        s.open("public List<" + n + "> page(String roomId, int first, int max)");
        s.line("return em.createQuery(\"SELECT e FROM " + n + " e WHERE e.roomId = :roomId ORDER BY e.id\", " + n + ".class)");
        s.line("        .setParameter(\"roomId\", roomId)").line("        .setFirstResult(first)").line("        .setMaxResults(max)")
                .line("        .getResultList();").close().blank();
        s.imp("java.util.Map").imp("java.util.EnumMap");
        s.doc("Counts a room's rows per status.", "@param roomId the room", "@return the count of each status that occurs");
        s.open("public Map<" + n + "Status, Long> countByStatus(String roomId)");
        s.line("Map<" + n + "Status, Long> counts = new EnumMap<>(" + n + "Status.class);");
        s.line("List<Object[]> rows = em.createQuery(\"SELECT e.status, COUNT(e) FROM " + n + " e WHERE e.roomId = :roomId GROUP BY e.status\", Object[].class)");
        s.line("        .setParameter(\"roomId\", roomId)").line("        .getResultList();");
        s.open("for (Object[] row : rows)").line("counts.put((" + n + "Status) row[0], (Long) row[1]);").close();
        s.line("return counts;").close();
        if (m.daoDeletes) {
            s.blank();
            s.doc("Deletes one row.", "@param entity the row");
            s.open("public void delete(" + n + " entity)").line("em.remove(em.contains(entity) ? entity : em.merge(entity));").close().blank();
            s.doc("Deletes every row of a room.", "@param roomId the room", "@return how many rows were deleted");
            s.open("public int deleteAllOfRoom(String roomId)");
            s.line("return em.createQuery(\"DELETE FROM " + n + " e WHERE e.roomId = :roomId\")");
            s.line("        .setParameter(\"roomId\", roomId)").line("        .executeUpdate();").close();
        }
        if (m.daoPurges) {
            s.blank();
            s.doc("Deletes the rows created before a time.", "@param cutoff the time", "@return how many rows were deleted");
            s.open("public int purgeOlderThan(Instant cutoff)");
            s.line("return em.createQuery(\"DELETE FROM " + n + " e WHERE e.createdAt < :cutoff\")");
            s.line("        .setParameter(\"cutoff\", cutoff)").line("        .executeUpdate();").close();
        }
        s.close();
        return s.render();
    }

    private String service(Module m) {
        String n = m.name;
        String st = n + "Status";
        String sum = n + "Summary";
        Src s = new Src(m.pkg).imp("org.slf4j.Logger").imp("org.slf4j.LoggerFactory").imp("java.time.Clock")
                .imp("java.util.List").imp("java.util.Map").imp("java.util.Optional").imp("java.util.ArrayList")
                .imp("java.util.EnumMap").imp("java.util.stream.Collectors").imp(COMMON + ".AuditLog").imp(COMMON + ".DomainException");
        if (m.servicePurpose != null || m.troubleshooting) {
            s.imp("io.github.privacyflow.annotations.Purpose");
        }
        s.line("/** The " + words(n).toLowerCase(Locale.ROOT) + " use cases: create, list, summarize, export. */");
        if (m.servicePurpose != null) {
            s.line("@Purpose(\"" + m.servicePurpose + "\")");
        }
        s.open("public class " + n + "Service");
        s.line("private static final Logger log = LoggerFactory.getLogger(" + n + "Service.class);").blank();
        List<String> ctorParams = new ArrayList<>(List.of(n + "Dao dao", "Clock clock", "AuditLog audit"));
        s.line("private final " + n + "Dao dao;").line("private final Clock clock;").line("private final AuditLog audit;");
        if (m.storage) {
            s.imp(COMMON + ".ObjectStorageClient").imp("java.nio.charset.StandardCharsets");
            s.line("private final ObjectStorageClient storage;").line("private final String bucket;");
            ctorParams.add("ObjectStorageClient storage");
            ctorParams.add("String bucket");
        }
        if (m.metrics) {
            s.imp(COMMON + ".MetricsPublisher");
            s.line("private final MetricsPublisher metrics;");
            ctorParams.add("MetricsPublisher metrics");
        }
        for (Module dep : m.deps) {
            s.imp(dep.pkg + "." + dep.name + "Service");
            s.line("private final " + dep.name + "Service " + depField(dep) + ";");
            ctorParams.add(dep.name + "Service " + depField(dep));
        }
        s.blank();
        s.doc("Creates the service; the application's wiring passes every collaborator.");
        s.open("public " + n + "Service(" + String.join(", ", ctorParams) + ")");
        for (String param : ctorParams) {
            String name = param.substring(param.lastIndexOf(' ') + 1);
            s.line("this." + name + " = " + name + ";");
        }
        s.close().blank();

        List<EField> inputs = inputs(m);
        List<String> createDoc = new ArrayList<>(List.of("Creates a " + words(n).toLowerCase(Locale.ROOT) + " in a room and stores it.",
                "@param roomId the room"));
        for (EField field : inputs) {
            createDoc.add("@param " + field.name + " the " + words(field.name).toLowerCase(Locale.ROOT));
        }
        createDoc.add("@return the stored row");
        s.doc(createDoc.toArray(String[]::new));
        s.open("public " + n + " create(" + params(inputs) + ")");
        s.line(n + " entity = new " + n + "(" + args(inputs) + ");");
        s.line("entity.setStatus(" + st + "." + m.statuses[0] + ");");
        s.line("entity.setCreatedAt(clock.instant());");
        s.line("dao.save(entity);");
        s.line("audit.record(\"create-" + snake(n).replace('_', '-') + "\", roomId, entity.getId());");
        s.line("log.info(\"Created " + n + " {} in room {}\", entity.getId(), roomId);");
        EField loggedInput = inputs.stream().filter(EField::personalLike).findFirst().orElse(null);
        if (loggedInput != null && m.index % 3 == 0) {
            s.line("log.debug(\"" + n + " {} was created for {}\", entity.getId(), " + loggedInput.name + ");");
        }
        s.line("return entity;").close().blank();

        s.doc("Finds a row.", "@param id the id", "@return the row, if it exists");
        s.open("public Optional<" + n + "> find(Long id)").line("return dao.findById(id);").close().blank();
        s.doc("Summarizes a row.", "@param id the id", "@return the summary", "@throws DomainException when there is no such row");
        s.open("public " + sum + " summary(Long id)");
        s.line("return find(id).map(" + sum + "::of).orElseThrow(() -> new DomainException(\"no " + n + " \" + id));").close().blank();
        s.doc("Summarizes the open rows of a room.", "@param roomId the room", "@return the summaries, oldest first");
        s.open("public List<" + sum + "> summaries(String roomId)");
        s.line("return dao.ofRoom(roomId).stream()");
        s.line("        .filter(entity -> !entity.getStatus().isTerminal())");
        s.line("        .map(" + sum + "::of)");
        s.line("        .collect(Collectors.toList());").close().blank();
        s.doc("Counts the rows of a room.", "@param roomId the room", "@return the count");
        s.open("public int countFor(String roomId)").line("return Math.toIntExact(dao.countInRoom(roomId));").close().blank();
        s.doc("Describes a row in one line for operators.", "@param id the id", "@return the description");
        s.open("public String describe(Long id)");
        s.line("StringBuilder text = new StringBuilder(\"" + words(n) + "\");");
        s.line("find(id).ifPresentOrElse(entity -> text.append(' ').append(entity.getId())");
        s.line("        .append(\" [\").append(entity.getStatus().label()).append(\"] in room \").append(entity.getRoomId()),");
        s.line("        () -> text.append(' ').append(id).append(\" (missing)\"));");
        s.line("return text.toString();").close().blank();
        s.doc("Counts a room's rows per status.", "@param roomId the room", "@return the counts");
        s.open("public Map<" + st + ", Long> statistics(String roomId)");
        s.line("return dao.ofRoom(roomId).stream()");
        s.line("        .collect(Collectors.groupingBy(" + n + "::getStatus, () -> new EnumMap<>(" + st + ".class), Collectors.counting()));").close().blank();
        s.doc("Moves a row to its next status.", "@param id the id", "@throws DomainException when there is no such row");
        s.open("public void advance(Long id)");
        s.line(n + " entity = find(id).orElseThrow(() -> new DomainException(\"no " + n + " \" + id));");
        s.line(st + " before = entity.getStatus();");
        s.line("entity.setStatus(before.next());");
        s.line("dao.update(entity);");
        s.line("log.info(\"" + n + " {} moved from {} to {}\", id, before, entity.getStatus());").close().blank();
        s.doc("Exports a room's rows as CSV.", "@param roomId the room", "@return the CSV text, with a header line");
        s.open("public String exportCsv(String roomId)");
        s.line("List<String> rows = new ArrayList<>();");
        s.line("rows.add(String.join(\",\", \"id\", \"room\", \"status\", \"created\"));");
        s.open("for (" + n + " entity : dao.ofRoom(roomId))");
        s.line("rows.add(String.format(\"%d,%s,%s,%s\", entity.getId(), entity.getRoomId(), entity.getStatus().name(), entity.getCreatedAt()));");
        s.close();
        s.line("return String.join(\"\\n\", rows);").close();

        if (m.erases) {
            s.imp("io.github.privacyflow.annotations.Erases");
            s.blank().doc("Deletes every " + words(n).toLowerCase(Locale.ROOT) + " of a room when the customer asks.",
                    "@param roomId the room", "@return how many rows were deleted");
            s.line("@Erases(" + n + ".class)");
            s.open("public int eraseRoom(String roomId)");
            s.line("int rows = dao.deleteAllOfRoom(roomId);");
            s.line("audit.record(\"erase-" + snake(n).replace('_', '-') + "\", roomId, rows);");
            s.line("log.info(\"Erased {} " + n + " rows of room {}\", rows, roomId);");
            s.line("return rows;").close();
        }
        if (m.daoPurges) {
            s.imp("java.time.Duration").imp("java.time.Instant");
            s.blank();
            s.doc("Deletes the rows older than the retention period.", "@param retention how long rows are kept",
                    "@return how many rows were deleted");
            s.open("public int purgeExpired(Duration retention)");
            s.line("Instant cutoff = clock.instant().minus(retention);");
            s.line("int rows = dao.purgeOlderThan(cutoff);");
            s.open("if (rows > 0)").line("log.info(\"Purged {} " + n + " rows older than {}\", rows, cutoff);").close();
            s.line("return rows;").close();
        }
        if (m.storage) {
            s.blank();
            s.doc("Uploads a room's CSV export to object storage.", "@param roomId the room", "@return the object key");
            s.open("public String archive(String roomId)");
            s.line("byte[] content = exportCsv(roomId).getBytes(StandardCharsets.UTF_8);");
            s.line("String key = \"archive/\" + roomId + \"/" + snake(n) + "-\" + clock.millis() + \".csv\";");
            s.line("String etag = storage.putObject(bucket, key, content);");
            s.line("log.info(\"Archived {} bytes of " + n + " for room {} as {} ({})\", content.length, roomId, key, etag);");
            s.line("return key;").close();
        }
        EField trace = m.fields.stream().filter(field -> field.personalLike() && field.type.equals("String")).findFirst().orElse(null);
        if (m.metrics) {
            s.blank();
            s.doc("Counts a use of this row in the product metrics.", "@param id the id");
            s.open("public void publishUsage(Long id)");
            s.line("find(id).ifPresent(entity -> metrics.publish(\"" + snake(n) + ".\" + entity.getStatus().label(),");
            if (trace != null && m.index % 2 == 0) {
                s.line("        Map.of(\"room\", entity.getRoomId(), \"who\", String.valueOf(entity." + trace.getter() + "()))));");
            } else {
                s.line("        Map.of(\"room\", entity.getRoomId())));");
            }
            s.close();
        }
        if (m.troubleshooting && trace != null) {
            s.blank().doc("Logs who reported a problem with a row, for the support team.", "@param id the id");
            s.line("@Purpose(\"troubleshooting\")");
            s.open("public void trace(Long id)");
            s.line("find(id).ifPresent(entity -> log.warn(\"" + n + " {} in trouble, reported by {}\", entity.getId(), entity." + trace.getter() + "()));");
            s.close();
        }
        if (!m.deps.isEmpty()) {
            s.blank();
            s.doc("Counts this module's and the related modules' rows of a room.", "@param roomId the room", "@return one line");
            s.open("public String overview(String roomId)");
            s.line("StringBuilder text = new StringBuilder();");
            s.line("text.append(\"" + n + ": \").append(countFor(roomId));");
            for (Module dep : m.deps) {
                s.line("text.append(\", " + dep.name + ": \").append(" + depField(dep) + ".countFor(roomId));");
            }
            s.line("log.debug(\"Overview of room {}: {}\", roomId, text);");
            s.line("return text.toString();").close().blank();
            s.doc("Lists the related modules' open rows of a room.", "@param roomId the room", "@return one label per row");
            s.open("public List<String> related(String roomId)");
            s.line("List<String> lines = new ArrayList<>();");
            for (Module dep : m.deps) {
                s.line(depField(dep) + ".summaries(roomId).forEach(summary -> lines.add(\"" + dep.name + " \" + summary.label()));");
            }
            s.line("return lines;").close();
            Module first = m.deps.get(0);
            s.blank();
            s.doc("Describes a row next to a related one.", "@param id this module's row", "@param relatedId the related row",
                    "@return both descriptions");
            s.open("public String explain(Long id, Long relatedId)");
            s.line("return describe(id) + \" / \" + " + depField(first) + ".describe(relatedId);").close();
        }
        fillers(s, m);
        s.close();
        return s.render();
    }

    private static String depField(Module dep) {
        return Character.toLowerCase(dep.name.charAt(0)) + dep.name.substring(1) + "Service";
    }

    private void fillers(Src s, Module m) {
        String n = m.name;
        String st = n + "Status";
        String sum = n + "Summary";
        Random r = new Random(seed ^ (m.index * 0x2545F4914F6CDD1DL));
        for (int i = 0; i < m.fillers; i++) {
            s.blank();
            switch ((m.index + i) % 8) {
                case 0 -> {
                    s.imp("java.util.Comparator");
                    s.doc("The newest row of a room.", "@param roomId the room", "@return its summary, if the room has rows");
                    s.open("public Optional<" + sum + "> latest(String roomId)");
                    s.line("return dao.ofRoom(roomId).stream()");
                    s.line("        .max(Comparator.comparing(" + n + "::getCreatedAt, Comparator.nullsFirst(Comparator.naturalOrder())))");
                    s.line("        .map(" + sum + "::of);").close();
                }
                case 1 -> {
                    s.imp("java.time.Duration");
                    s.doc("Counts the rows of a room older than an age.", "@param roomId the room", "@param age the age", "@return the count");
                    s.open("public long countOlderThan(String roomId, Duration age)");
                    s.line("java.time.Instant now = clock.instant();");
                    s.line("return dao.ofRoom(roomId).stream().filter(entity -> entity.isOlderThan(age, now)).count();").close();
                }
                case 2 -> {
                    s.imp("java.util.Collection").imp("java.util.LinkedHashMap");
                    s.doc("Summaries of several rooms.", "@param roomIds the rooms", "@return the summaries of each room that has open rows");
                    s.open("public Map<String, List<" + sum + ">> byRoom(Collection<String> roomIds)");
                    s.line("Map<String, List<" + sum + ">> result = new LinkedHashMap<>();");
                    s.open("for (String roomId : roomIds)");
                    s.line("List<" + sum + "> items = summaries(roomId);");
                    s.open("if (!items.isEmpty())").line("result.put(roomId, items);").close();
                    s.close();
                    s.line("return result;").close();
                }
                case 3 -> {
                    s.imp(COMMON + ".Page");
                    s.doc("One page of a room's rows.", "@param roomId the room", "@param page the page index, from 0", "@param size the page size", "@return the page");
                    s.open("public Page<" + sum + "> page(String roomId, int page, int size)");
                    s.open("if (page < 0 || size <= 0)").line("throw new DomainException(\"bad page \" + page + \"/\" + size);").close();
                    s.line("List<" + n + "> all = dao.ofRoom(roomId);");
                    s.line("List<" + sum + "> items = all.stream().skip((long) page * size).limit(size).map(" + sum + "::of).toList();");
                    s.line("return new Page<>(items, page, size, all.size());").close();
                }
                case 4 -> {
                    s.doc("The labels of a room's open rows, sorted.", "@param roomId the room", "@return the labels");
                    s.open("public List<String> labels(String roomId)");
                    s.line("List<String> labels = new ArrayList<>();");
                    s.open("for (" + sum + " summary : summaries(roomId))").line("labels.add(summary.label());").close();
                    s.line("labels.sort(String::compareTo);");
                    s.line("return labels;").close();
                }
                case 5 -> {
                    s.doc("Moves every open row of a room to a status.", "@param roomId the room", "@param target the status", "@return how many rows moved");
                    s.open("public int changeAll(String roomId, " + st + " target)");
                    s.line("int changed = 0;");
                    s.open("for (" + n + " entity : dao.ofRoom(roomId))");
                    s.open("if (entity.getStatus() != target && !entity.getStatus().isTerminal())");
                    s.line("entity.setStatus(target);").line("dao.update(entity);").line("changed++;").close();
                    s.close();
                    s.line("log.info(\"Moved {} " + n + " rows of room {} to {}\", changed, roomId, target);");
                    s.line("return changed;").close();
                }
                case 6 -> {
                    s.doc("The first row of a room in a status.", "@param roomId the room", "@param status the status", "@return its summary, if any");
                    s.open("public Optional<" + sum + "> firstIn(String roomId, " + st + " status)");
                    s.line("return dao.ofRoom(roomId).stream().filter(entity -> entity.getStatus() == status).findFirst().map(" + sum + "::of);").close();
                }
                default -> {
                    s.doc("Splits a room's ids into batches for bulk updates.", "@param roomId the room", "@param size the batch size", "@return the batches");
                    s.open("public List<List<Long>> batches(String roomId, int size)");
                    s.line("Batch batch = new Batch(size);");
                    s.line("dao.ofRoom(roomId).forEach(entity -> batch.add(entity.getId()));");
                    s.line("return batch.done();").close().blank();
                    s.line("/** Groups ids into fixed-size chunks for bulk updates. */");
                    s.open("private static final class Batch");
                    s.line("private final int size;").line("private final List<List<Long>> chunks = new ArrayList<>();")
                            .line("private List<Long> current = new ArrayList<>();").blank();
                    s.open("Batch(int size)").line("this.size = Math.max(1, size);").close().blank();
                    s.open("void add(Long id)").line("current.add(id);");
                    s.open("if (current.size() == size)").line("chunks.add(current);").line("current = new ArrayList<>();").close();
                    s.close().blank();
                    s.open("List<List<Long>> done()");
                    s.open("if (!current.isEmpty())").line("chunks.add(current);").line("current = new ArrayList<>();").close();
                    s.line("return chunks;").close();
                    s.close();
                }
            }
        }
        for (EField field : m.fields) {
            if (field.kind == Kind.PLAIN && (field.type.equals("int") || field.type.equals("long") || field.type.equals("double"))
                    && r.nextDouble() < 0.5) {
                String stream = field.type.equals("int") ? "mapToInt" : field.type.equals("long") ? "mapToLong" : "mapToDouble";
                s.blank();
                s.doc("The average " + words(field.name).toLowerCase(Locale.ROOT) + " of a room's rows.", "@param roomId the room", "@return the average, 0 when the room has none");
                s.open("public double average" + cap(field.name) + "(String roomId)");
                s.line("return dao.ofRoom(roomId).stream()." + stream + "(" + n + "::" + field.getter() + ").average().orElse(0);").close();
            }
        }
    }

    private String resource(Module m) {
        String n = m.name;
        String sum = n + "Summary";
        Src s = new Src(m.pkg).imp("jakarta.ws.rs.GET").imp("jakarta.ws.rs.POST").imp("jakarta.ws.rs.PUT").imp("jakarta.ws.rs.Path")
                .imp("jakarta.ws.rs.PathParam").imp("jakarta.ws.rs.QueryParam").imp("jakarta.ws.rs.Produces")
                .imp("java.util.List").imp("java.util.Map").imp("java.util.TreeMap");
        s.line("/** The REST API of " + words(n).toLowerCase(Locale.ROOT) + "s. */");
        s.line("@Path(\"/" + m.feature.name() + "/" + snake(n).replace('_', '-') + "\")");
        s.line("@Produces(\"application/json\")");
        s.open("public class " + n + "Resource");
        s.line("private final " + n + "Service service;");
        if (m.consentGate) {
            s.imp(COMMON + ".ConsentRegistry");
            s.line("private final ConsentRegistry consent;");
        }
        s.blank();
        s.open("public " + n + "Resource(" + n + "Service service" + (m.consentGate ? ", ConsentRegistry consent" : "") + ")");
        s.line("this.service = service;");
        if (m.consentGate) {
            s.line("this.consent = consent;");
        }
        s.close().blank();
        s.doc("One row.", "@param id the id", "@return its summary");
        s.line("@GET").line("@Path(\"/{id}\")");
        s.open("public " + sum + " get(@PathParam(\"id\") Long id)").line("return service.summary(id);").close().blank();
        s.doc("The open rows of a room.", "@param roomId the room", "@return their summaries");
        s.line("@GET");
        s.open("public List<" + sum + "> list(@QueryParam(\"roomId\") String roomId)").line("return service.summaries(roomId);").close().blank();
        List<EField> inputs = inputs(m);
        StringBuilder params = new StringBuilder("@QueryParam(\"roomId\") String roomId");
        for (EField field : inputs) {
            params.append(", @QueryParam(\"").append(field.name).append("\") String ").append(field.name);
        }
        boolean hasUser = inputs.stream().anyMatch(field -> field.name.equals("userId"));
        if (m.consentGate) {
            if (!hasUser) {
                params.append(", @QueryParam(\"userId\") String userId");
            }
            params.append(", @QueryParam(\"age\") int age");
        }
        s.doc("Creates a row from the client's form.", "@return the summary of the new row");
        s.line("@POST");
        s.open("public " + sum + " create(" + params + ")");
        if (m.consentGate) {
            s.line("consent.requireConsent(userId, age);");
        }
        s.line("return " + sum + ".of(service.create(" + args(inputs) + "));").close().blank();
        s.doc("Moves a row to its next status.", "@param id the id");
        s.line("@PUT").line("@Path(\"/{id}/advance\")");
        s.open("public void advance(@PathParam(\"id\") Long id)").line("service.advance(id);").close().blank();
        s.doc("Counts a room's rows per status label.", "@param roomId the room", "@return the counts");
        s.line("@GET").line("@Path(\"/stats\")");
        s.open("public Map<String, Long> stats(@QueryParam(\"roomId\") String roomId)");
        s.line("Map<String, Long> result = new TreeMap<>();");
        s.line("service.statistics(roomId).forEach((status, count) -> result.put(status.label(), count));");
        s.line("return result;").close().blank();
        s.doc("Exports a room's rows.", "@param roomId the room", "@return CSV");
        s.line("@GET").line("@Path(\"/export\")").line("@Produces(\"text/csv\")");
        s.open("public String export(@QueryParam(\"roomId\") String roomId)").line("return service.exportCsv(roomId);").close();
        if (m.erases) {
            s.imp("jakarta.ws.rs.DELETE");
            s.blank().doc("Erases a room's rows.", "@param roomId the room", "@return how many rows were deleted");
            s.line("@DELETE").line("@Path(\"/rooms/{roomId}\")");
            s.open("public int erase(@PathParam(\"roomId\") String roomId)").line("return service.eraseRoom(roomId);").close();
        }
        s.close();
        return s.render();
    }

    private String servlet(Module m) {
        String n = m.name;
        Src s = new Src(m.pkg).imp("jakarta.servlet.http.HttpServlet").imp("jakarta.servlet.http.HttpServletRequest")
                .imp("jakarta.servlet.http.HttpServletResponse").imp("java.io.IOException");
        s.line("/** The form endpoint of " + words(n).toLowerCase(Locale.ROOT) + "s, for the legacy web client. */");
        s.open("public class " + n + "Servlet extends HttpServlet");
        s.line("private static final long serialVersionUID = 1L;").blank();
        s.line("private final transient " + n + "Service service;");
        if (m.consentGate) {
            s.imp(COMMON + ".ConsentRegistry");
            s.line("private final transient ConsentRegistry consent;");
        }
        s.blank();
        s.open("public " + n + "Servlet(" + n + "Service service" + (m.consentGate ? ", ConsentRegistry consent" : "") + ")");
        s.line("this.service = service;");
        if (m.consentGate) {
            s.line("this.consent = consent;");
        }
        s.close().blank();
        s.line("@Override");
        s.open("protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException");
        s.line("String roomId = request.getParameter(\"roomId\");");
        s.line("response.setContentType(\"text/csv\");");
        s.line("response.getWriter().write(service.exportCsv(roomId));").close().blank();
        s.line("@Override");
        s.open("protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException");
        s.line("String roomId = request.getParameter(\"roomId\");");
        List<EField> inputs = inputs(m);
        for (EField field : inputs) {
            s.line("String " + field.name + " = request.getParameter(\"" + field.name + "\");");
        }
        if (m.consentGate) {
            s.line("consent.requireConsent(request.getParameter(\"userId\"), Integer.parseInt(request.getParameter(\"age\")));");
        }
        s.line(n + " created = service.create(" + args(inputs) + ");");
        s.line("response.setStatus(HttpServletResponse.SC_CREATED);");
        s.line("response.getWriter().write(" + n + "Summary.of(created).label());").close();
        s.close();
        return s.render();
    }

    private String mapper(Module m) {
        String n = m.name;
        Src s = new Src(m.pkg).imp("java.util.Map").imp("java.util.LinkedHashMap").imp("java.util.List").imp("java.util.Collection")
                .imp("java.util.stream.Collectors").imp(COMMON + ".Texts");
        List<EField> plain = m.fields.stream().filter(field -> field.kind == Kind.PLAIN).toList();
        s.line("/** Converts " + words(n).toLowerCase(Locale.ROOT) + "s to maps and CSV rows for exports. */");
        s.open("public final class " + n + "Mapper");
        s.line("private static final String SEPARATOR = \";\";").blank();
        s.open("private " + n + "Mapper()").close().blank();
        s.doc("The row's exportable columns by name, in a stable order.", "@param entity the row", "@return the columns");
        s.open("public static Map<String, Object> toMap(" + n + " entity)");
        s.line("Map<String, Object> map = new LinkedHashMap<>();");
        s.line("map.put(\"id\", entity.getId());").line("map.put(\"roomId\", entity.getRoomId());")
                .line("map.put(\"status\", entity.getStatus() == null ? null : entity.getStatus().label());");
        for (EField field : plain) {
            s.line("map.put(\"" + field.name + "\", entity." + field.getter() + "());");
        }
        s.line("return map;").close().blank();
        s.doc("One CSV row of the exportable columns.", "@param entity the row", "@return the CSV row");
        s.open("public static String toCsvRow(" + n + " entity)");
        StringBuilder parts = new StringBuilder("String.valueOf(entity.getId()), Texts.csv(entity.getRoomId())");
        for (EField field : plain) {
            parts.append(", ").append(field.type.equals("String") ? "Texts.csv(entity." + field.getter() + "())"
                    : "String.valueOf(entity." + field.getter() + "())");
        }
        s.line("return String.join(SEPARATOR, " + parts + ");").close().blank();
        s.doc("CSV rows of several rows.", "@param entities the rows", "@return one CSV row each");
        s.open("public static List<String> toCsv(Collection<" + n + "> entities)");
        s.line("return entities.stream().map(" + n + "Mapper::toCsvRow).collect(Collectors.toList());").close().blank();
        s.doc("Reads a CSV row back.", "@param line the row", "@return the parsed row",
                "@throws IllegalArgumentException when the line has fewer than two columns");
        s.open("public static Row parse(String line)");
        s.line("String[] parts = line.split(SEPARATOR, -1);");
        s.open("if (parts.length < 2)").line("throw new IllegalArgumentException(\"not a " + n + " row: \" + Texts.truncate(line, 40));").close();
        s.line("return new Row(parts[0].isEmpty() ? null : Long.valueOf(parts[0]), parts[1], List.of(parts).subList(2, parts.length));").close().blank();
        s.line("/** A parsed CSV row: the id, the room and the remaining columns as text. */");
        s.open("public static final class Row");
        s.line("private final Long id;").line("private final String roomId;").line("private final List<String> rest;").blank();
        s.open("Row(Long id, String roomId, List<String> rest)").line("this.id = id;").line("this.roomId = roomId;")
                .line("this.rest = List.copyOf(rest);").close().blank();
        s.open("public Long id()").line("return id;").close().blank();
        s.open("public String roomId()").line("return roomId;").close().blank();
        s.open("public List<String> rest()").line("return rest;").close().blank();
        s.line("@Override");
        s.open("public String toString()").line("return \"Row[\" + id + \", \" + roomId + \", \" + rest.size() + \" more]\";").close();
        s.close();
        s.close();
        return s.render();
    }

    private String events(Module m) {
        String n = m.name;
        String st = n + "Status";
        Src s = new Src(m.pkg).imp("java.time.Instant").imp("java.util.List").imp("java.util.concurrent.CopyOnWriteArrayList")
                .imp("java.util.function.Consumer").imp("org.slf4j.Logger").imp("org.slf4j.LoggerFactory");
        s.line("/** Events other modules may listen to when a " + words(n).toLowerCase(Locale.ROOT) + " changes. */");
        s.open("public final class " + n + "Events");
        s.line("private static final Logger log = LoggerFactory.getLogger(" + n + "Events.class);").blank();
        s.open("private " + n + "Events()").close().blank();
        s.line("/** A row was created. */");
        s.open("public record Created(Long id, String roomId, Instant at)").close().blank();
        s.line("/** A row moved to another status. */");
        s.open("public record Moved(Long id, " + st + " from, " + st + " to, Instant at)");
        s.open("public boolean isClosing()").line("return to.isTerminal() && !from.isTerminal();").close();
        s.close().blank();
        s.line("/** Receives the events. */");
        s.open("public interface Listener");
        s.line("void created(Created event);").blank();
        s.open("default void moved(Moved event)").close();
        s.close().blank();
        s.line("/** Delivers events to the registered listeners, in order. */");
        s.open("public static final class Bus");
        s.line("private final List<Listener> listeners = new CopyOnWriteArrayList<>();").blank();
        s.doc("Registers a listener.", "@param listener the listener", "@return what unregisters it");
        s.open("public Runnable register(Listener listener)");
        s.line("listeners.add(listener);");
        s.line("return () -> listeners.remove(listener);").close().blank();
        s.doc("Announces a new row.", "@param entity the row", "@param now the current time");
        s.open("public void created(" + n + " entity, Instant now)");
        s.line("Created event = new Created(entity.getId(), entity.getRoomId(), now);");
        s.line("deliver(listener -> listener.created(event));").close().blank();
        s.doc("Announces a status change.", "@param entity the row", "@param from the status before", "@param now the current time");
        s.open("public void moved(" + n + " entity, " + st + " from, Instant now)");
        s.line("Moved event = new Moved(entity.getId(), from, entity.getStatus(), now);");
        s.line("deliver(listener -> listener.moved(event));").close().blank();
        s.open("private void deliver(Consumer<Listener> call)");
        s.open("for (Listener listener : listeners)");
        s.open("try").line("call.accept(listener);");
        s.reopen("} catch (RuntimeException e) {").line("log.warn(\"A " + n + " listener failed\", e);").close();
        s.close();
        s.close();
        s.close();
        s.close();
        return s.render();
    }

    private String validator(Module m) {
        String n = m.name;
        Src s = new Src(m.pkg).imp("java.util.List").imp("java.util.ArrayList").imp("java.util.regex.Pattern")
                .imp(COMMON + ".DomainException");
        s.line("/** Checks a " + words(n).toLowerCase(Locale.ROOT) + " before it is stored. */");
        s.open("public class " + n + "Validator");
        s.line("private static final Pattern ROOM_ID = Pattern.compile(\"[a-z0-9-]{4,64}\");").blank();
        s.doc("Lists what is wrong with a row.", "@param entity the row", "@return the names of the invalid fields; empty when valid");
        s.open("public List<String> validate(" + n + " entity)");
        s.line("List<String> problems = new ArrayList<>();");
        s.open("if (entity.getRoomId() == null || !ROOM_ID.matcher(entity.getRoomId()).matches())").line("problems.add(\"roomId\");").close();
        s.open("if (entity.getStatus() == null)").line("problems.add(\"status\");").close();
        for (EField field : m.fields) {
            String get = "entity." + field.getter() + "()";
            switch (field.type) {
                case "String" -> s.open("if (" + get + " != null && " + get + ".length() > 255)").line("problems.add(\"" + field.name + "\");").close();
                case "int", "long", "double" -> s.open("if (" + get + " < 0)").line("problems.add(\"" + field.name + "\");").close();
                case "Instant", "LocalDate" -> s.open("if (" + get + " == null && entity.getCreatedAt() != null)")
                        .line("problems.add(\"" + field.name + "\");").close();
                default -> {
                }
            }
        }
        s.line("return problems;").close().blank();
        s.doc("Whether a row is valid.", "@param entity the row", "@return true when nothing is wrong");
        s.open("public boolean isValid(" + n + " entity)").line("return validate(entity).isEmpty();").close().blank();
        s.doc("Refuses an invalid row.", "@param entity the row", "@throws DomainException naming the invalid fields");
        s.open("public void requireValid(" + n + " entity)");
        s.line("List<String> problems = validate(entity);");
        s.open("if (!problems.isEmpty())").line("throw new DomainException(\"invalid " + n + ": \" + String.join(\", \", problems));").close();
        s.close();
        s.close();
        return s.render();
    }

    // ------------------------------------------------------------------ names

    private static String cap(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String words(String camel) {
        String spaced = camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
        return spaced.charAt(0) + spaced.substring(1).toLowerCase(Locale.ROOT);
    }
}
