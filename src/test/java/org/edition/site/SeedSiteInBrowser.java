package org.edition.site;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * For tests that read the built edition in a real browser: the seed site served under the prefix
 * {@code /edition/} and one headless Chromium, started once per test class.
 */
abstract class SeedSiteInBrowser {
    static ChromeDriver browser;
    static SiteServer server;

    @BeforeAll
    static void startBrowserAndServer() throws Exception {
        server = new SiteServer(BuiltSeedSite.folder(), "/edition/");
        browser = Browser.start(1400, 1000);
    }

    @AfterAll
    static void stopBrowserAndServer() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }
}
