package smoke;

import com.augno.sdk.AugnoClient;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A consumer application: the starter, augno.secret from the environment, nothing else. Prints
 * SMOKE OK when the context starts with an AugnoClient bean; otherwise Spring Boot prints the
 * failure analysis and the process exits non-zero.
 */
@SpringBootApplication
public class SmokeApp {
    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SmokeApp.class)
                .web(WebApplicationType.NONE)
                .run(args)) {
            AugnoClient client = context.getBean(AugnoClient.class);
            System.out.println("SMOKE OK " + client + " " + client.keyCacheStatus().state());
        }
    }
}
