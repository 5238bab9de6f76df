package org.newsgraph.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error answers (a request Jetty refuses before any route sees it: an ambiguous path, a URI or
 * headers too long, a body too large, a malformed request line) in the API's form, a small JSON object,
 * with the same security headers as every other answer, instead of Jetty's HTML page without them.
 * Stateless; thread-safe.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    static byte[] body(int status, String message) {
        ObjectNode o = JSON.createObjectNode();
        o.put("error", message == null || message.isBlank() ? reason(status) : message);
        o.put("status", status);
        return o.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String reason(int status) {
        String r = HttpStatus.getMessage(status);
        return r == null ? "error " + status : r.toLowerCase(java.util.Locale.ROOT);
    }

    /** Errors raised while a request is handled (an ambiguous path, say). */
    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response, int code, String message)
            throws IOException {
        Server.SECURITY_HEADERS.forEach(response::setHeader);
        response.setContentType("application/json");
        byte[] body = body(code, message);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        baseRequest.setHandled(true);
    }

    /** Requests refused while they are parsed (414 URI too long, 431 headers too large, 400 bad request line). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        Server.SECURITY_HEADERS.forEach(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status, reason));
    }
}
