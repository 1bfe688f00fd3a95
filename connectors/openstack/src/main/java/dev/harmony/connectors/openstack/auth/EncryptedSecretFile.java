package dev.harmony.connectors.openstack.auth;

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
 * OpenStack secrets encrypted at rest, the same scheme as the vCenter connector's credentials file
 * (ADR 0008): one entry per Keystone URL and principal, AES-256-GCM under a key derived with
 * PBKDF2-HMAC-SHA256 (600,000 rounds) from a passphrase the user types and the entry's own salt,
 * with the entry's name bound in as associated data. The passphrase is never stored.
 */
public final class EncryptedSecretFile implements SecretSource {
    private static final int ROUNDS = 600_000;
    private static final int SALT = 16;
    private static final int IV = 12;
    private static final byte FORMAT = 1;

    private final Path file;
    private final char[] passphrase;
    private final SecureRandom random = new SecureRandom();

    /** @param passphrase the user's passphrase (copied; wipe your own copy) */
    public EncryptedSecretFile(Path file, char[] passphrase) {
        if (passphrase == null || passphrase.length == 0) {
            throw new IllegalArgumentException("the secrets passphrase must not be empty");
        }
        this.file = file.toAbsolutePath().normalize();
        this.passphrase = passphrase.clone();
    }

    /** Encrypts and stores the secret of a principal at a Keystone, replacing an earlier one. */
    public synchronized void save(URI authUrl, String principal, char[] secret) {
        String entryName = entryName(authUrl, principal);
        byte[] plain = utf8(secret);
        try {
            byte[] salt = randomBytes(SALT);
            byte[] iv = randomBytes(IV);
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, salt, iv, entryName).doFinal(plain);
            ByteBuffer entry = ByteBuffer.allocate(1 + SALT + IV + sealed.length).put(FORMAT).put(salt).put(iv).put(sealed);
            Properties all = read();
            all.setProperty(entryName, Base64.getEncoder().encodeToString(entry.array()));
            write(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java cannot encrypt with AES-GCM", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    @Override
    public synchronized char[] secretFor(URI authUrl, String principal) {
        String entryName = entryName(authUrl, principal);
        String stored = read().getProperty(entryName);
        if (stored == null) {
            throw new ConnectorException("no saved secret for " + principal + " at " + authUrl + " in " + file);
        }
        ByteBuffer entry = ByteBuffer.wrap(Base64.getDecoder().decode(stored));
        if (entry.get() != FORMAT) {
            throw new ConnectorException("the saved secret for " + principal + " in " + file + " is in an unknown format");
        }
        byte[] salt = new byte[SALT];
        byte[] iv = new byte[IV];
        entry.get(salt).get(iv);
        byte[] sealed = new byte[entry.remaining()];
        entry.get(sealed);
        byte[] plain = null;
        try {
            plain = cipher(Cipher.DECRYPT_MODE, salt, iv, entryName).doFinal(sealed);
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(plain));
            char[] secret = Arrays.copyOf(chars.array(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            return secret;
        } catch (AEADBadTagException e) {
            throw new ConnectorException("cannot open the saved secret for " + principal + ": wrong passphrase, or "
                    + file + " was altered", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java cannot decrypt with AES-GCM", e);
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private static String entryName(URI authUrl, String principal) {
        return authUrl + " " + principal;
    }

    private Cipher cipher(int mode, byte[] salt, byte[] iv, String entryName) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, ROUNDS, 256);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        spec.clearPassword();
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
            aes.updateAAD(entryName.getBytes(StandardCharsets.UTF_8));
            return aes;
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static byte[] utf8(char[] secret) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
        byte[] out = Arrays.copyOf(bytes.array(), bytes.limit());
        Arrays.fill(bytes.array(), (byte) 0);
        return out;
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private Properties read() {
        Properties all = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                all.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the saved secrets in " + file, e);
            }
        }
        return all;
    }

    private void write(Properties all) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "secrets", ".tmp");
            if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                all.store(out, "Harmony: OpenStack secrets, AES-256-GCM under a passphrase-derived key");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the saved secrets to " + file, e);
        }
    }
}
