package dev.harmony.connectors.vcenter.credentials;

import dev.harmony.engine.connector.ConnectorException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Properties;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * vCenter credentials encrypted at rest with a passphrase the user types: one entry per vCenter URL,
 * each AES-256-GCM under a key derived with PBKDF2-HMAC-SHA256 (600,000 rounds) from the passphrase
 * and the entry's own random salt; the URL is bound in as associated data so an entry cannot be
 * moved to another vCenter. Without the passphrase the file tells only which vCenters it holds.
 * The passphrase is never stored. See docs/decisions/0008-vcenter-connector.md.
 */
public final class EncryptedCredentialFile implements CredentialSource {
    private static final int ROUNDS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte FORMAT = 1;

    private final Path file;
    private final char[] passphrase;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param file       the credentials file; created on the first {@link #save}
     * @param passphrase the user's passphrase (copied; wipe your own copy)
     */
    public EncryptedCredentialFile(Path file, char[] passphrase) {
        if (passphrase == null || passphrase.length == 0) {
            throw new IllegalArgumentException("the credentials passphrase must not be empty");
        }
        this.file = file.toAbsolutePath().normalize();
        this.passphrase = passphrase.clone();
    }

    /** Encrypts and stores the credentials for the vCenter, replacing any earlier entry. */
    public synchronized void save(URI vcenter, Credentials credentials) {
        byte[] plain = encode(credentials);
        try {
            byte[] salt = randomBytes(SALT_BYTES);
            byte[] iv = randomBytes(IV_BYTES);
            Cipher aes = cipher(Cipher.ENCRYPT_MODE, salt, iv, vcenter);
            byte[] sealed = aes.doFinal(plain);
            ByteBuffer entry = ByteBuffer.allocate(1 + SALT_BYTES + IV_BYTES + sealed.length);
            entry.put(FORMAT).put(salt).put(iv).put(sealed);
            Properties all = read(file);
            all.setProperty(vcenter.toString(), Base64.getEncoder().encodeToString(entry.array()));
            write(file, all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java cannot encrypt with AES-GCM", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    @Override
    public synchronized Credentials credentialsFor(URI vcenter) {
        String stored = read(file).getProperty(vcenter.toString());
        if (stored == null) {
            throw new ConnectorException("no saved credentials for vCenter " + vcenter + " in " + file);
        }
        ByteBuffer entry = ByteBuffer.wrap(Base64.getDecoder().decode(stored));
        if (entry.get() != FORMAT) {
            throw new ConnectorException("the saved credentials for " + vcenter + " in " + file + " are in an unknown format");
        }
        byte[] salt = new byte[SALT_BYTES];
        byte[] iv = new byte[IV_BYTES];
        entry.get(salt).get(iv);
        byte[] sealed = new byte[entry.remaining()];
        entry.get(sealed);
        byte[] plain = null;
        try {
            plain = cipher(Cipher.DECRYPT_MODE, salt, iv, vcenter).doFinal(sealed);
            return decode(plain);
        } catch (AEADBadTagException e) {
            throw new ConnectorException("cannot open the saved credentials for " + vcenter
                    + ": wrong passphrase, or " + file + " was altered", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java cannot decrypt with AES-GCM", e);
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private Cipher cipher(int mode, byte[] salt, byte[] iv, URI vcenter) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, ROUNDS, 256);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        spec.clearPassword();
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            aes.updateAAD(vcenter.toString().getBytes(StandardCharsets.UTF_8));
            return aes;
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** User, a NUL, then the password, in UTF-8; a vCenter user name never holds a NUL. */
    private static byte[] encode(Credentials credentials) {
        char[] password = credentials.password();
        CharBuffer chars = CharBuffer.allocate(credentials.user().length() + 1 + password.length);
        chars.put(credentials.user()).put('\0').put(password).flip();
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(chars);
        Arrays.fill(password, '\0');
        Arrays.fill(chars.array(), '\0');
        byte[] out = new byte[bytes.remaining()];
        bytes.get(out);
        Arrays.fill(bytes.array(), (byte) 0);
        return out;
    }

    private static Credentials decode(byte[] plain) {
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(plain));
        char[] all = Arrays.copyOf(chars.array(), chars.limit());
        Arrays.fill(chars.array(), '\0');
        int nul = 0;
        while (all[nul] != '\0') {
            nul++;
        }
        Credentials credentials = new Credentials(new String(all, 0, nul), Arrays.copyOfRange(all, nul + 1, all.length));
        Arrays.fill(all, '\0');
        return credentials;
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Whether the file holds an entry for the URL; needs no passphrase, reveals nothing else. */
    public static synchronized boolean holds(Path file, URI vcenter) {
        return read(file.toAbsolutePath().normalize()).containsKey(vcenter.toString());
    }

    /** The URLs the file holds entries for, sorted; needs no passphrase. */
    public static synchronized java.util.List<URI> entries(Path file) {
        return read(file.toAbsolutePath().normalize()).stringPropertyNames().stream().sorted().map(URI::create).toList();
    }

    /** Removes the URL's entry, if any; needs no passphrase. @return whether there was one */
    public static synchronized boolean forget(Path file, URI vcenter) {
        Path normal = file.toAbsolutePath().normalize();
        Properties all = read(normal);
        if (all.remove(vcenter.toString()) == null) {
            return false;
        }
        write(normal, all);
        return true;
    }

    private static Properties read(Path file) {
        Properties all = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                all.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the saved credentials in " + file, e);
            }
        }
        return all;
    }

    private static void write(Path file, Properties all) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "credentials", ".tmp");
            restrictToOwner(temp);
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                all.store(out, "Harmony: vCenter credentials, AES-256-GCM under a passphrase-derived key");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the saved credentials to " + file, e);
        }
    }

    /** Owner-only access where the file system has POSIX permissions; encryption is the real guard. */
    private static void restrictToOwner(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
