package vn.vwu.platform.testing;

import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

import static io.restassured.RestAssured.given;

/** Requests to the management interface (health, metrics): its own port, which no proxy forwards. */
public final class Management {

    private Management() {
    }

    public static RequestSpecification management() {
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class).orElse(9001);
        return given().port(port).header("Authorization", "");
    }
}
