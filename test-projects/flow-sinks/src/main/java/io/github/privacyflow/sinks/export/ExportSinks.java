package io.github.privacyflow.sinks.export;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.privacyflow.sinks.model.Learner;
import io.github.privacyflow.sinks.model.LiveRoom;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.simpleframework.xml.Serializer;
import org.simpleframework.xml.core.Persister;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports a teacher downloads from the classroom back end: the roster as XML (JAXB, Jakarta XML
 * Binding, Simple XML, StAX), as JSON (Jackson 2 and 3, streaming and data binding) and as a zip
 * with a folder per learner. Each is written to the export directory on the server's disk: a
 * file, for which the agreement names no processor.
 */
public class ExportSinks {

    private static final QName LEARNER = new QName("https://example-school.edu/roster", "learner");

    private final Path exportDirectory;
    private final javax.xml.bind.JAXBContext jaxb;
    private final jakarta.xml.bind.JAXBContext jakartaJaxb;
    private final Serializer simpleXml = new Persister();
    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonMapper jackson3 = JsonMapper.builder().build();

    public ExportSinks(Path exportDirectory, javax.xml.bind.JAXBContext jaxb, jakarta.xml.bind.JAXBContext jakartaJaxb) {
        this.exportDirectory = exportDirectory;
        this.jaxb = jaxb;
        this.jakartaJaxb = jakartaJaxb;
    }

    public File exportLearnerXml(Learner learner, String roomId) throws javax.xml.bind.JAXBException {
        File target = exportDirectory.resolve("learner-" + roomId + ".xml").toFile();
        javax.xml.bind.Marshaller marshaller = jaxb.createMarshaller();
        marshaller.setProperty(javax.xml.bind.Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.TRUE);
        marshaller.marshal(new javax.xml.bind.JAXBElement<>(LEARNER, String.class, learner.getEmail()), target); // expect PF005
        return target;
    }

    public File exportLearnerJakartaXml(Learner learner, String roomId) throws jakarta.xml.bind.JAXBException {
        File target = exportDirectory.resolve("learner-" + roomId + "-v4.xml").toFile();
        jakarta.xml.bind.Marshaller marshaller = jakartaJaxb.createMarshaller();
        marshaller.marshal(new jakarta.xml.bind.JAXBElement<>(LEARNER, String.class, learner.getNickname()), target); // expect PF005
        return target;
    }

    /** Marshalled to memory for the teacher's preview: no file is written. */
    public String previewLearnerXml(Learner learner) throws javax.xml.bind.JAXBException {
        Writer preview = new StringWriter();
        jaxb.createMarshaller().marshal(new javax.xml.bind.JAXBElement<>(LEARNER, String.class, learner.getEmail()), preview);
        return preview.toString();
    }

    public void exportRosterSimpleXml(List<String> nicknames, Learner teacherAssistant, String roomId) throws Exception {
        File target = exportDirectory.resolve("assistant-" + roomId + ".xml").toFile();
        simpleXml.write(teacherAssistant, target); // expect PF005
        simpleXml.write(nicknames.size() + " learners", exportDirectory.resolve("count-" + roomId + ".xml").toFile());
    }

    public void exportContactsJson(Learner learner, String roomId) throws IOException {
        File target = exportDirectory.resolve("contact-" + roomId + ".json").toFile();
        mapper.writeValue(target, Map.of("room", roomId, "email", learner.getEmail())); // expect repeat PF005
        mapper.writerWithDefaultPrettyPrinter().writeValue(exportDirectory.resolve("nick-" + roomId + ".json").toFile(), Map.of("nickname", learner.getNickname())); // expect repeat PF005
    }

    public void exportRoomJson(LiveRoom room) throws IOException {
        mapper.writeValue(exportDirectory.resolve("room-" + room.getRoomId() + ".json").toFile(), Map.of("title", room.getTitle(), "seats", room.getSeats()));
        jackson3.writeValue(exportDirectory.resolve("room-" + room.getRoomId() + "-v3.json"), Map.of("title", room.getTitle()));
    }

    public void exportContactsJackson3(Learner learner, String roomId) {
        jackson3.writeValue(exportDirectory.resolve("contact-" + roomId + "-v3.json"), Map.of("email", learner.getEmail())); // expect repeat PF005
        jackson3.writer().writeValue(exportDirectory.resolve("contact-" + roomId + "-v3b.json").toFile(), Map.of("email", learner.getEmail())); // expect repeat PF005
    }

    /** The export writers handed a stream over a file: the stream's tag makes them file writes. */
    public void exportToStreams(Learner learner, String roomId) throws Exception {
        try (OutputStream json = Files.newOutputStream(exportDirectory.resolve("stream-" + roomId + ".json"))) {
            mapper.writeValue(json, Map.of("email", learner.getEmail())); // expect repeat PF005
        }
        try (Writer json3 = Files.newBufferedWriter(exportDirectory.resolve("stream-" + roomId + "-v3.json"), UTF_8)) {
            jackson3.writeValue(json3, Map.of("nickname", learner.getNickname())); // expect repeat PF005
        }
        try (OutputStream xml = new FileOutputStream(exportDirectory.resolve("stream-" + roomId + ".xml").toFile())) {
            jaxb.createMarshaller().marshal(new javax.xml.bind.JAXBElement<>(LEARNER, String.class, learner.getEmail()), xml); // expect repeat PF005
        }
        try (Writer xml = Files.newBufferedWriter(exportDirectory.resolve("stream-" + roomId + "-simple.xml"), UTF_8)) {
            simpleXml.write(learner, xml); // expect repeat PF005
        }
        Properties contact = new Properties();
        contact.setProperty("email", learner.getEmail());
        try (OutputStream file = Files.newOutputStream(exportDirectory.resolve("contact-" + roomId + ".properties"))) {
            contact.store(file, "contact of a learner"); // expect repeat PF005
        }
    }

    /** The same writers and properties kept in memory for the browser's download: no file. */
    public byte[] downloadFromStreams(Learner learner) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        jackson3.writeValue(buffer, Map.of("email", learner.getEmail()));
        simpleXml.write(learner, new StringWriter());
        Properties contact = new Properties();
        contact.setProperty("email", learner.getEmail());
        contact.store(buffer, "contact of a learner");
        contact.storeToXML(buffer, "contact of a learner");
        return buffer.toByteArray();
    }

    /** Serialized to a string that the caller sends on; writeValueAsString writes nothing. */
    public String contactJson(Learner learner) throws IOException {
        return mapper.writeValueAsString(Map.of("email", learner.getEmail()));
    }

    /** Serialized to memory: a ByteArrayOutputStream is no file. */
    public byte[] contactBytes(Learner learner) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        mapper.writeValue(buffer, Map.of("email", learner.getEmail()));
        return buffer.toByteArray();
    }

    public void streamAttendanceJson(Learner learner, String roomId, int minutes) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(new FileOutputStream(exportDirectory.resolve("attendance-" + roomId + ".json").toFile()))) {
            json.writeStartObject();
            json.writeStringField("room", roomId);
            json.writeStringField("email", learner.getEmail()); // expect repeat PF005
            json.writeNumberField("minutes", minutes);
            json.writeEndObject();
        }
    }

    public void streamAttendanceXml(Learner learner, String roomId) throws IOException, XMLStreamException {
        try (Writer file = Files.newBufferedWriter(exportDirectory.resolve("attendance-" + roomId + ".xml"), UTF_8)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(file);
            xml.writeStartDocument();
            xml.writeStartElement("attendance");
            xml.writeAttribute("room", roomId);
            xml.writeCharacters(learner.getNickname()); // expect repeat PF005
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        }
    }

    public void exportPortfolios(List<Learner> learners, String roomId) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(exportDirectory.resolve("portfolios-" + roomId + ".zip")))) {
            zip.putNextEntry(new ZipEntry("README.txt"));
            zip.write(("Portfolios of room " + roomId).getBytes(UTF_8));
            zip.closeEntry();
            for (Learner learner : learners) {
                zip.putNextEntry(new ZipEntry(learner.getNickname() + "/portfolio.txt")); // expect repeat PF005
                zip.closeEntry();
            }
        }
    }

    /** A zip built in memory for the browser's download: no file. */
    public byte[] portfoliosDownload(Learner learner) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
            zip.putNextEntry(new ZipEntry(learner.getNickname() + "/portfolio.txt"));
            zip.closeEntry();
        }
        return buffer.toByteArray();
    }
}
