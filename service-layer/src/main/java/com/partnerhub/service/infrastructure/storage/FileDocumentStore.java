package com.partnerhub.service.infrastructure.storage;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.eclipse.microprofile.config.Config;

import com.partnerhub.service.application.order.DocumentRefused;
import com.partnerhub.service.application.order.DocumentStore;
import com.partnerhub.service.infrastructure.db.ConfiguredDataSource;

/**
 * Documents as files under {@code partnerhub.documents.dir} (default: the data folder's {@code documents}). A
 * document is written to {@code incoming/<random>.part}, synced, then moved into {@code ab/<random>} and the folder
 * synced, so a file outside {@code incoming} is always complete; only then is its row written. Its type is what
 * Apache Tika finds in its first bytes (the name only refines it: a text file called {@code .pdf} stays text).
 */
@ApplicationScoped
public class FileDocumentStore implements DocumentStore {

    private static final Logger LOG = Logger.getLogger(FileDocumentStore.class.getName());

    public static final String DIR = "partnerhub.documents.dir";
    public static final String MAX_BYTES = "partnerhub.documents.max-bytes";
    public static final String TYPES = "partnerhub.documents.types";

    /** Images, PDFs, office texts, spreadsheets and slides, plain text, videos, and zip archives of them. */
    public static final String DEFAULT_TYPES = "application/pdf,image/png,image/jpeg,image/gif,image/webp,image/tiff,"
            + "image/heic,text/plain,text/csv,application/rtf,application/msword,application/vnd.ms-excel,"
            + "application/vnd.ms-powerpoint,application/x-tika-msoffice,application/x-tika-ooxml,"
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
            + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
            + "application/vnd.openxmlformats-officedocument.presentationml.presentation,"
            + "application/vnd.oasis.opendocument.text,application/vnd.oasis.opendocument.spreadsheet,"
            + "application/vnd.oasis.opendocument.presentation,video/mp4,video/quicktime,video/webm,video/x-msvideo,"
            + "video/mpeg,application/zip";

    /** 1 GiB: a film of the shop is a document too. */
    public static final long DEFAULT_MAX_BYTES = 1L << 30;

    /** How many bytes Tika looks at; the stream is marked for them and read again when writing. */
    private static final int SNIFF_BYTES = 64 * 1024;

    private static final MimeTypes TYPES_BY_MAGIC = MimeTypes.getDefaultMimeTypes();

    private Path root;
    private long maxBytes;
    private Set<String> allowed;

    protected FileDocumentStore() {
    }

    @Inject
    public FileDocumentStore(Config config) {
        this(config.getOptionalValue(DIR, String.class).map(Path::of).orElseGet(() ->
                        Path.of(config.getOptionalValue(ConfiguredDataSource.DATA_DIR, String.class).orElse("data")).resolve("documents")),
                config.getOptionalValue(MAX_BYTES, Long.class).orElse(DEFAULT_MAX_BYTES),
                config.getOptionalValue(TYPES, String.class).orElse(DEFAULT_TYPES));
    }

    public FileDocumentStore(Path root, long maxBytes, String types) {
        this.root = root.toAbsolutePath();
        this.maxBytes = maxBytes;
        this.allowed = List.of(types.split(",")).stream().map(String::trim).filter(t -> !t.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Leftovers of uploads cut off by a stopped process (older than an hour, so no running upload) are removed. */
    @PostConstruct
    void sweepIncoming() {
        Path incoming = root.resolve("incoming");
        if (!Files.isDirectory(incoming)) {
            return;
        }
        Instant before = Instant.now().minus(Duration.ofHours(1));
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(incoming, "*.part")) {
            for (Path p : parts) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not sweep " + incoming, e);
        }
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public Stored store(InputStream content, String fileName) {
        BufferedInputStream in = new BufferedInputStream(content, SNIFF_BYTES);
        String type = detect(in, fileName);
        if (!allowed.contains(type)) {
            throw new DocumentRefused("DOCUMENT_TYPE_NOT_ALLOWED", "documents of type " + type + " are not accepted", type);
        }
        String name = UUID.randomUUID().toString();
        Path incoming = root.resolve("incoming");
        Path part = incoming.resolve(name + ".part");
        String key = name.substring(0, 2) + "/" + name;
        Path target = root.resolve(key);
        try {
            Files.createDirectories(incoming);
            Files.createDirectories(target.getParent());
            MessageDigest sha = sha256();
            long size = 0;
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel);
                 DigestInputStream digesting = new DigestInputStream(in, sha)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = digesting.read(buffer)) >= 0; ) {
                    size += n;
                    if (size > maxBytes) {
                        throw new DocumentRefused("DOCUMENT_TOO_LARGE", "documents are limited to " + maxBytes + " bytes", maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
                channel.force(true);
            }
            if (size == 0) {
                throw new DocumentRefused("DOCUMENT_EMPTY", "an empty document is no document");
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(target.getParent());
            return new Stored(key, size, HexFormat.of().formatHex(sha.digest()), type);
        } catch (IOException e) {
            deleteQuietly(part);
            LOG.log(Level.INFO, "an upload was cut off or could not be written", e);
            throw new DocumentRefused("DOCUMENT_INCOMPLETE", "the document did not arrive completely");
        } catch (RuntimeException e) {
            deleteQuietly(part);
            throw e;
        }
    }

    /** The type in the content; the name may only make it more specific (a zip called .docx is a Word file). */
    private static String detect(BufferedInputStream in, String fileName) {
        try {
            MediaType byContent = TYPES_BY_MAGIC.detect(in, new Metadata());
            Metadata named = new Metadata();
            named.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            MediaType byName = TYPES_BY_MAGIC.detect(null, named);
            MediaTypeRegistry registry = TYPES_BY_MAGIC.getMediaTypeRegistry();
            MediaType type = registry.isSpecializationOf(byName, byContent) ? byName : byContent;
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new DocumentRefused("DOCUMENT_INCOMPLETE", "the document did not arrive completely");
        }
    }

    @Override
    public InputStream open(String storageKey, String sha256) {
        Path file = file(storageKey);
        MessageDigest sha = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                sha.update(buffer, 0, n);
            }
            if (!HexFormat.of().formatHex(sha.digest()).equals(sha256)) {
                LOG.severe("document " + storageKey + " does not match its checksum");
                throw new DocumentRefused("DOCUMENT_DAMAGED", "the stored document is damaged");
            }
            return Files.newInputStream(file);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "document " + storageKey + " cannot be read", e);
            throw new DocumentRefused("DOCUMENT_DAMAGED", "the stored document cannot be read");
        }
    }

    @Override
    public void discard(String storageKey) {
        deleteQuietly(file(storageKey));
    }

    private Path file(String storageKey) {
        Path file = root.resolve(storageKey).normalize();
        if (!file.startsWith(root) || !storageKey.matches("[0-9a-f]{2}/[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("not a storage key: " + storageKey);
        }
        return file;
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some file systems cannot sync a folder; the file itself is synced
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove " + p, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
