package com.augno.sdk.examples;

import com.augno.sdk.KeyMode;
import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.SecretReference;
import com.augno.sdk.secrets.SecretValue;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.jspecify.annotations.Nullable;

/**
 * A narrated tour of what the SDK does, run by the README's main command. It never touches a real
 * account: every key it shows is generated here, at run time, and only ever printed redacted.
 */
public final class Demo {
    private final PrintStream out;
    private final StringBuilder transcript = new StringBuilder();

    private Demo(PrintStream out) {
        this.out = out;
    }

    /** Runs the demo; exits non-zero if any of its keys appeared in its own output. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Demo demo = new Demo(out);
        String key = generatedKey(KeyMode.SANDBOX);
        demo.run(key);
        if (demo.transcript.indexOf(key) >= 0) {
            out.println("FAIL: the demo printed an unredacted key");
            System.exit(1);
        }
        demo.say("Checked the transcript: no unredacted key in the output.");
    }

    private void run(String key) {
        say("Augno Java SDK demo (no cloud account, no real keys)");
        say("");
        say("1. Configuration holds a reference to where the key is stored, never the key:");
        SecretReference ref = SecretReference.parse("aws-sm://prod/augno?region=eu-west-1#api_key");
        say(String.format(
                "   %-28s scheme=%s target=%s field=%s",
                "aws-sm reference parsed:",
                ref.scheme(),
                ref.target(),
                ref.jsonField().orElse("-")));
        try {
            SecretReference.parse(key);
            say("   a pasted key was accepted (this must not happen)");
        } catch (AugnoException e) {
            say(String.format("   %-28s %s", "a key pasted into config:", firstSentence(e.getMessage())));
        }
        say("");
        say("2. A fetched secret becomes a checked ApiKey that prints only its redacted form:");
        ApiKey apiKey = ApiKey.parse(SecretValue.of(key + "\n"), "env://AUGNO_API_KEY");
        say(String.format("   %-28s %s", "redacted:", apiKey.redacted()));
        say(String.format("   %-28s %s", "mode:", apiKey.mode().configName()));
        say(String.format("   %-28s %s", "fingerprint:", apiKey.fingerprint()));
        say(String.format("   %-28s %s", "toString():", apiKey));
    }

    private static String firstSentence(@Nullable String message) {
        if (message == null) {
            return "";
        }
        int dot = message.indexOf(". ");
        return dot > 0 ? message.substring(0, dot + 1) : message;
    }

    private void say(String line) {
        transcript.append(line).append('\n');
        out.println(line);
    }

    private static String generatedKey(KeyMode mode) {
        SecureRandom random = new SecureRandom();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder sb = new StringBuilder(mode.prefix());
        for (int i = 0; i < 48; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
