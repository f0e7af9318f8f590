package org.healthcode.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.healthcode.identity.api.SignInCodeSender;
import org.healthcode.platform.delivery.JsonPost;
import org.healthcode.platform.i18n.Messages;

/**
 * The default {@link SignInCodeSender}: an HTTP SMS gateway (docs/adr/0026). Each message is one
 * {@code POST} of {@code {"to": phone, "text": text, "language": "zh-CN"|"en", "reference": id}} to
 * {@code healthcode.sms.gateway.url}, with HTTP basic ({@code user}, {@code password}) or a bearer
 * {@code token}, an {@code Idempotency-Key} of the outbox entry, and the connect and request
 * timeouts configured. The text comes from the template of the citizen's language, {@code
 * healthcode.sms.template.zh-CN} or {@code .en}, with {@code {code}} and {@code {minutes}}; the
 * defaults are in the identity module's bundles. Without a URL it is not available.
 */
@ApplicationScoped
public class HttpSmsGateway implements SignInCodeSender {

  @Inject Config config;

  private JsonPost post;
  private Messages texts;

  @PostConstruct
  void init() {
    texts = Messages.of("org.healthcode.identity.i18n.messages", HttpSmsGateway.class);
    post =
        JsonPost.Target.configured(config, "healthcode.sms.gateway")
            .map(JsonPost::new)
            .orElse(null);
  }

  @Override
  public boolean available() {
    return post != null;
  }

  @Override
  public void send(Message message) {
    if (post == null) {
      throw new IllegalStateException("no SMS gateway is configured");
    }
    String body =
        Json.createObjectBuilder()
            .add("to", message.phone())
            .add("text", text(message))
            .add("language", message.language().tag())
            .add("reference", Long.toString(message.reference()))
            .build()
            .toString();
    post.post(body, "sign-in-code-" + message.reference());
  }

  /** The message text: the configured template of the language, else the bundle's. */
  String text(Message message) {
    String minutes = Long.toString(Math.max(1, message.validFor().toMinutes()));
    Optional<String> template =
        config.getOptionalValue(
            "healthcode.sms.template." + message.language().tag(), String.class);
    if (template.isEmpty()) {
      return texts.text(
          message.language(), "sms.signInCode", Map.of("code", message.code(), "minutes", minutes));
    }
    return template.get().replace("{code}", message.code()).replace("{minutes}", minutes);
  }
}
