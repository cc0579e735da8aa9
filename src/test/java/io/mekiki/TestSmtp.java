package io.mekiki;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * The SMTP server (GreenMail) of the test JVM, on a free port, started once: every application context of
 * the tests sends its mail here. Tests tell their mails apart by their recipients' addresses.
 */
public final class TestSmtp {

    public static final GreenMail SERVER = start();

    private TestSmtp() {}

    private static GreenMail start() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return greenMail;
    }
}
