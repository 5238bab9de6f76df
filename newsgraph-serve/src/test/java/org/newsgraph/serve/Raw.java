package org.newsgraph.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A raw HTTP/1.1 exchange over a socket, for requests that a well-behaved client refuses to send (malformed
 * escapes, foreign Host headers, oversized URIs and headers, ambiguous paths).
 *
 * @param status  the status code (-1 when the server closed without answering)
 * @param headers the response headers, names lower-cased
 * @param body    the body as text
 */
record Raw(int status, Map<String, String> headers, String body) {

    /** Sends {@code GET target} with the given extra header lines and reads the whole answer. */
    static Raw get(int port, String target, String... headerLines) throws IOException {
        StringBuilder req = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\n");
        boolean host = false;
        for (String h : headerLines) {
            req.append(h).append("\r\n");
            if (h.toLowerCase(Locale.ROOT).startsWith("host:")) host = true;
        }
        if (!host) req.append("Host: 127.0.0.1:").append(port).append("\r\n");
        req.append("Connection: close\r\n\r\n");
        return send(port, req.toString().getBytes(StandardCharsets.UTF_8));
    }

    static Raw send(int port, byte[] request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before reading all of an oversized request
            }
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) > 0; ) all.write(buf, 0, n);
            } catch (java.net.SocketException e) {
                // reset after the answer: keep what came
            }
            return parse(all.toString(StandardCharsets.UTF_8));
        }
    }

    private static Raw parse(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || end < 0) return new Raw(-1, Map.of(), text);
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) body = unchunk(body);
        return new Raw(status, headers, body);
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            int nl = body.indexOf("\r\n", i);
            if (nl < 0) break;
            int size = Integer.parseInt(body.substring(i, nl).split(";")[0].strip(), 16);
            if (size == 0) break;
            out.append(body, nl + 2, Math.min(body.length(), nl + 2 + size));
            i = nl + 2 + size + 2;
        }
        return out.toString();
    }

    /** Whether the answer carries every security header with the server's value. */
    boolean secured() {
        for (Map.Entry<String, String> h : Server.SECURITY_HEADERS.entrySet()) {
            if (!h.getValue().equals(headers.get(h.getKey().toLowerCase(Locale.ROOT)))) return false;
        }
        return true;
    }
}
