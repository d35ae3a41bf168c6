package io.github.privacyflow.baseline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Replaces a file so that a reader, or a build killed half-way, sees either the old content or
 * the new one: the bytes go to a temporary file beside the target (the same folder, hence the
 * same file system, which an atomic move needs), which then replaces the target in one move.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes the bytes to the file, atomically where the file system allows it.
     *
     * @param file the target; a symbolic link is followed, so the link itself stays
     * @param bytes the content
     * @throws IOException when the file cannot be written; the target is then as it was, and the
     *     temporary file is gone
     */
    static void write(Path file, byte[] bytes) throws IOException {
        Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file.toAbsolutePath();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        // Files.createTempFile would make the file readable by its owner only; a new name opened
        // with CREATE_NEW gets the permissions every other new file of the user gets.
        Path temporary = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            keepPermissions(target, temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Some file systems (certain network mounts) cannot rename atomically; a plain
                // replace still never leaves a half-written target, only a short moment without one.
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A replaced file keeps its permissions (say, group-writable), as an editor's save keeps them. */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (from != null && to != null) {
            to.setPermissions(from.readAttributes().permissions());
        }
    }
}
