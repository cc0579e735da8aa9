package io.mekiki.notification.internal;

import io.mekiki.notification.Letter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a letter in its recipient's language: the subject from {@code mail.<template>.subject}, the plain
 * text from {@code templates/mail/<template>.txt}, the HTML from {@code templates/mail/<template>.html}.
 */
@Component
public class MailRenderer {

    /** A rendered mail: what goes out, kept in memory only. */
    public record Rendered(String subject, String text, String html) {}

    private final MessageSource messages;
    private final SpringTemplateEngine text;
    private final SpringTemplateEngine html;

    public MailRenderer(MessageSource messages) {
        this.messages = messages;
        this.text = engine(messages, TemplateMode.TEXT, ".txt");
        this.html = engine(messages, TemplateMode.HTML, ".html");
    }

    public String subject(Letter letter) {
        Object arguments = letter.model().get("subjectArguments");
        Object[] args = arguments instanceof List<?> list ? list.toArray() : new Object[0];
        return messages.getMessage("mail." + letter.template() + ".subject", args, letter.locale());
    }

    public Rendered render(Letter letter, String publicUrl) {
        Map<String, Object> model = new HashMap<>(letter.model());
        model.put("publicUrl", publicUrl);
        Context context = new Context(letter.locale(), model);
        return new Rendered(
                subject(letter), text.process(letter.template(), context), html.process(letter.template(), context));
    }

    private static SpringTemplateEngine engine(MessageSource messages, TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        engine.setEnableSpringELCompiler(true);
        return engine;
    }
}
