package org.rightbalance;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The case-work web application and its REST API. Started by {@code rightbalance serve} (and by
 * {@code rightbalance demo}); the command line's other commands never start Spring (ADR 0001).
 */
@SpringBootApplication
public class RightBalanceApplication {

    /** Starts the application; the caller owns the returned context. */
    public static ConfigurableApplicationContext start(String... args) {
        SpringApplication application = new SpringApplication(RightBalanceApplication.class);
        return application.run(args);
    }
}
