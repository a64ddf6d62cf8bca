package com.partnerhub.service.e2e;

import static com.partnerhub.service.e2e.DemoUsers.ADMIN;
import static com.partnerhub.service.e2e.DemoUsers.ANNA;
import static com.partnerhub.service.e2e.DemoUsers.BEN;
import static com.partnerhub.service.e2e.DemoUsers.DAVID;
import static com.partnerhub.service.e2e.DemoUsers.EMIL;
import static com.partnerhub.service.e2e.DemoUsers.NORA;
import static com.partnerhub.service.e2e.DemoUsers.CLARA;
import static com.partnerhub.service.e2e.DemoUsers.PETRA;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;


/**
 * The embedded default's pages in a real Chromium (Debian's chromium and chromium-driver): the same custom
 * elements the portlets render, driven as the people of the story would use them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        return ServiceDeployment.withConfig(Map.of(
                "partnerhub.profile", "embedded",
                "partnerhub.data-dir", Files.createTempDirectory("partnerhub-it-browser").toString()));
    }

    private WebDriver browser;
    private DemoUsers users;

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(System.getProperty("chromium.binary", "/usr/bin/chromium")));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromium.driver", "/usr/bin/chromedriver"))).build();
        browser = new ChromeDriver(service, options);
        users = new DemoUsers(new Http(base));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private Http http() {
        return new Http(base);
    }

    private SearchContext app() {
        return browser.findElement(By.tagName("ph-app")).getShadowRoot();
    }

    private SearchContext inner(String tag) {
        return app().findElement(By.cssSelector(tag)).getShadowRoot();
    }

    private <T> T await(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    private void signInAs(String email) {
        browser.get(base.toString());
        await(d -> app().findElements(By.cssSelector("#user option")).size() > 1);
        new Select(app().findElement(By.cssSelector("#user"))).selectByValue(email);
        // the page may still be signing in the remembered user: wait until the picked one is signed in
        await(d -> email.equals(app().findElement(By.cssSelector("#me")).getDomAttribute("data-email")));
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private String milestoneStatus(int position) {
        return inner("ph-order-page").findElement(By.cssSelector("li[data-position='" + position + "']")).getDomAttribute("data-status");
    }

    /** Opens the order from the dashboard once its list has loaded; a click lost to a re-render is repeated. */
    /** The order page shows everything it loaded (its actions are enabled only then). */
    private boolean orderPageIdle() {
        return "false".equals(app().findElement(By.cssSelector("ph-order-page")).getDomAttribute("aria-busy"));
    }

    private void openOrder(long orderId) {
        await(d -> {
            if (!app().findElements(By.cssSelector("ph-order-page")).isEmpty()) {
                return orderPageIdle() && inner("ph-order-page").findElement(By.cssSelector("#order-title")).isDisplayed();
            }
            WebElement dashboard = app().findElement(By.cssSelector("ph-order-dashboard"));
            if ("false".equals(dashboard.getDomAttribute("aria-busy"))) {
                dashboard.getShadowRoot().findElement(By.cssSelector("tr[data-order='" + orderId + "'] button.open")).click();
            }
            return false;
        });
    }

    /** The text of the open confirmation dialog of an element. */
    private String confirmation(String tag) {
        return await(d -> {
            WebElement dialog = inner(tag).findElement(By.cssSelector("dialog#confirm"));
            return dialog.getDomAttribute("open") != null ? dialog.getText() : null;
        });
    }

    /** The acting party delivers a milestone on the order page, with a note and a link when given. */
    private void deliver(int position, String note, String link) {
        SearchContext page = inner("ph-order-page");
        page.findElement(By.cssSelector("#deliver-" + position)).click();
        WebElement form = await(d -> inner("ph-order-page").findElement(By.cssSelector("#deliver-form-" + position)));
        if (note != null) {
            form.findElement(By.cssSelector("textarea[name=note]")).sendKeys(note);
        }
        if (link != null) {
            form.findElement(By.cssSelector("input[name=link]")).sendKeys(link);
        }
        form.findElement(By.cssSelector("#deliver-confirm-" + position)).click();
    }

    /** The customer asks for a revision, saying why. */
    private void requestRevision(int position, String reason) {
        inner("ph-order-page").findElement(By.cssSelector("#revision-" + position)).click();
        WebElement form = await(d -> inner("ph-order-page").findElement(By.cssSelector("#revision-form-" + position)));
        form.findElement(By.cssSelector("textarea[name=reason]")).sendKeys(reason);
        form.findElement(By.cssSelector("#revision-confirm-" + position)).click();
    }

    private void confirm(String tag) {
        confirmation(tag);
        inner(tag).findElement(By.cssSelector("#confirm-yes")).click();
    }

    @Test
    void anInvitationIsAcceptedAndAWebsiteOrderMovesThroughTheBrowser() throws Exception {
        // Clara invites the agency into her account; Anna answers in her inbox
        long account = http().post("api/v1/accounts", "{\"name\":\"Claras Blumenladen\"}", users.as(CLARA, "en"))
                .json().getJsonNumber("id").longValue();
        assertThat(http().post("api/v1/accounts/" + account + "/invitations", "{\"email\":\"" + ANNA
                + "\",\"permissions\":[\"ORDER_PRODUCTS\",\"CHANGE_SPECS\"]}", users.as(CLARA, "en")).status()).isEqualTo(201);

        signInAs(ANNA);
        app().findElement(By.cssSelector("#nav-inbox")).click();
        WebElement invitation = await(d -> inner("ph-inbox").findElement(By.cssSelector("[data-invitation]")));
        assertThat(invitation.getText()).contains("Claras Blumenladen");
        screenshot("inbox");
        invitation.findElement(By.cssSelector("button.accept")).click();
        await(d -> inner("ph-inbox").findElement(By.cssSelector("#empty")).isDisplayed());

        // Anna's order (the order form comes with the next screens), paid through the billing callback
        long website = websitePackage(ANNA);
        JsonObject order = http().post("api/v1/orders", "{\"accountId\":" + account + ",\"packageId\":" + website
                + ",\"title\":\"Website Blumenladen\",\"priceMinor\":300000,\"currency\":\"EUR\","
                + "\"answers\":{\"business\":\"Blumen\",\"style\":\"modern\"}}", users.as(ANNA, "en")).json();
        long orderId = order.getJsonNumber("id").longValue();
        JsonObject invoice = order.getJsonArray("invoices").getJsonObject(0);
        String body = "{\"invoiceNumber\":\"" + invoice.getString("number") + "\",\"amountMinor\":90000,\"currency\":\"EUR\"}";
        assertThat(http().billingCallback(body, "browser-1").status()).isEqualTo(200);

        // the dashboard shows it with its next step; provider staff deliver the base version
        app().findElement(By.cssSelector("#nav-orders")).click();
        WebElement row = await(d -> inner("ph-order-dashboard").findElement(By.cssSelector("tr[data-order='" + orderId + "']")));
        assertThat(row.getText()).contains("Website Blumenladen").contains("Claras Blumenladen").contains("Base version")
                .contains("in progress");
        await(d -> inner("ph-order-dashboard").findElements(By.cssSelector("#customer option")).size() > 1);
        new Select(inner("ph-order-dashboard").findElement(By.cssSelector("#customer"))).selectByVisibleText("Claras Blumenladen");
        await(d -> inner("ph-order-dashboard").findElements(By.cssSelector("tr[data-order]")).size() == 1);
        screenshot("dashboard");

        signInAs(PETRA);
        openOrder(orderId);
        inner("ph-order-page").findElement(By.cssSelector("li[data-position='1'] .steps input")).click();
        // the tick is saved before the report is sent (one change at a time: a click meanwhile would do nothing)
        await(d -> inner("ph-order-page").findElements(By.cssSelector(".notice")).stream().anyMatch(n -> n.getText().contains("Saved.")));
        inner("ph-order-page").findElement(By.cssSelector("#progress-1")).sendKeys("Entwurf steht zu 80 %");
        inner("ph-order-page").findElement(By.cssSelector("#report-1")).click();
        await(d -> inner("ph-order-page").findElement(By.cssSelector("#history")).getText().contains("Entwurf steht zu 80 %"));
        assertThat(inner("ph-order-page").findElement(By.cssSelector("#history")).getText()).contains("step done").contains("progress update");
        deliver(1, "Entwurf auf der Vorschau", "https://vorschau.example/blumen");
        await(d -> milestoneStatus(1).equals("DELIVERED"));

        // the customer asks for a revision, gets the second delivery, accepts: the next invoice is issued
        signInAs(CLARA);
        openOrder(orderId);
        inner("ph-order-page").findElement(By.cssSelector("#message")).sendKeys("Bitte das Logo etwas größer.");
        inner("ph-order-page").findElement(By.cssSelector("#send-message")).click();
        await(d -> inner("ph-order-page").findElement(By.cssSelector("#messages")).getText().contains("Bitte das Logo etwas größer."));
        screenshot("order-page");
        requestRevision(1, "Das Logo bitte größer");
        await(d -> milestoneStatus(1).equals("IN_PROGRESS"));
        assertThat(inner("ph-order-page").findElement(By.cssSelector("li[data-position='1']")).getText()).contains("1 / 2");

        signInAs(PETRA);
        openOrder(orderId);
        deliver(1, null, null);
        await(d -> milestoneStatus(1).equals("DELIVERED"));

        signInAs(CLARA);
        openOrder(orderId);
        inner("ph-order-page").findElement(By.cssSelector("#accept-1")).click();
        // accepting bills the next tranche: the dialog says so, and nothing happens before it is confirmed
        assertThat(confirmation("ph-order-page")).contains("Completion").contains("1,200.00").contains("billed");
        assertThat(milestoneStatus(1)).isEqualTo("DELIVERED");
        confirm("ph-order-page");
        await(d -> milestoneStatus(1).equals("ACCEPTED"));
        assertThat(milestoneStatus(2)).isEqualTo("AWAITING_PAYMENT");
        List<WebElement> invoices = inner("ph-order-page").findElements(By.cssSelector("#invoices tr"));
        assertThat(invoices).hasSize(2);
        assertThat(invoices.get(1).getText()).contains("1,200.00").contains("open");

        // German, chosen on the page, formats money the German way
        app().findElement(By.cssSelector("#lang-de")).click();
        await(d -> orderPageIdle() && inner("ph-order-page").findElement(By.cssSelector("#invoices")).getText().contains("1.200,00"));
        assertThat(inner("ph-order-page").findElement(By.cssSelector("li[data-position='1']")).getText()).contains("abgenommen");
        screenshot("order-page-de");
        app().findElement(By.cssSelector("#lang-en")).click();
        await(d -> orderPageIdle() && inner("ph-order-page").findElement(By.cssSelector("#order-status")).getText().equals("active"));

        // 40 % paid, completion delivered and accepted; 30 % paid, go-live delivered and accepted: completed
        for (int n = 2; n <= 3; n++) {
            int position = n;
            inner("ph-order-page").findElement(By.cssSelector("button.pay")).click();
            await(d -> milestoneStatus(position).equals("IN_PROGRESS"));
            signInAs(PETRA);
            openOrder(orderId);
            deliver(n, null, null);
            await(d -> milestoneStatus(position).equals("DELIVERED"));
            signInAs(CLARA);
            openOrder(orderId);
            inner("ph-order-page").findElement(By.cssSelector("#accept-" + n)).click();
            confirm("ph-order-page");
            await(d -> milestoneStatus(position).equals("ACCEPTED"));
        }
        assertThat(inner("ph-order-page").findElement(By.cssSelector("#order-status")).getText()).isEqualTo("completed");
        assertThat(inner("ph-order-page").findElement(By.cssSelector("#invoices")).getText()).doesNotContain("open");
    }

    @Test
    void anOrderPlacedInTheFormIsAutoAcceptedAfterTheReviewWindowAndEndedEarly() throws Exception {
        davidsAccount();

        signInAs(BEN);
        app().findElement(By.cssSelector("#nav-new-order")).click();
        SearchContext form = await(d -> {
            SearchContext f = inner("ph-order-form");
            return f.findElements(By.cssSelector("#q-business")).isEmpty() ? null : f;
        });
        new Select(form.findElement(By.cssSelector("#account"))).selectByVisibleText("Davids Werkstatt");
        form.findElement(By.cssSelector("#place")).click();
        await(d -> !inner("ph-order-form").findElements(By.cssSelector("#err-title")).isEmpty());
        assertThat(inner("ph-order-form").findElement(By.cssSelector("#err-title")).getText()).contains("required");
        assertThat(inner("ph-order-form").findElement(By.cssSelector("#err-priceMinor")).getText()).contains("between");
        assertThat(inner("ph-order-form").findElements(By.cssSelector("#err-answers-business")))
                .as("the customer may complete the brief later: work waits for it").isEmpty();
        assertThat(inner("ph-order-form").findElements(By.cssSelector("#q-logo"))).as("a file is uploaded, not typed").isEmpty();
        screenshot("order-form");

        form = inner("ph-order-form");
        form.findElement(By.cssSelector("#title")).sendKeys("Werkstatt-Website");
        form.findElement(By.cssSelector("#price")).sendKeys("1500");
        form.findElement(By.cssSelector("#q-business")).sendKeys("Kfz-Werkstatt");
        new Select(form.findElement(By.cssSelector("#q-style"))).selectByValue("klassisch");
        form.findElement(By.cssSelector("#place")).click();
        assertThat(confirmation("ph-order-form")).contains("€1,500.00").contains("Davids Werkstatt");
        confirm("ph-order-form");
        await(d -> inner("ph-order-page").findElement(By.cssSelector("#order-title")).getText().contains("Werkstatt-Website"));
        assertThat(milestoneStatus(1)).isEqualTo("AWAITING_PAYMENT");
        inner("ph-order-page").findElement(By.cssSelector("button.pay")).click();
        await(d -> milestoneStatus(1).equals("IN_PROGRESS"));
        String title = inner("ph-order-page").findElement(By.cssSelector("#order-title")).getText();
        long orderId = Long.parseLong(http().get("api/v1/orders?limit=1", users.as(BEN, "en")).json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").toString());
        assertThat(title).startsWith(http().get("api/v1/orders/" + orderId, users.as(BEN, "en")).json().getString("number"));

        signInAs(PETRA);
        openOrder(orderId);
        deliver(1, "Entwurf auf der Vorschau", "https://vorschau.example/blumen");
        await(d -> milestoneStatus(1).equals("DELIVERED"));
        app().findElement(By.cssSelector("#clock-review")).click();
        await(d -> app().findElement(By.cssSelector("#clock-now")).isDisplayed());
        new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
            inner("ph-order-page").findElement(By.cssSelector("#reload")).click();
            return milestoneStatus(1).equals("ACCEPTED");
        });
        assertThat(inner("ph-order-page").findElement(By.cssSelector("li[data-position='1']")).getText()).contains("accepted automatically");

        signInAs(DAVID);
        openOrder(orderId);
        inner("ph-order-page").findElement(By.cssSelector("#end")).click();
        assertThat(confirmation("ph-order-page")).contains("cancelled").contains("paid ones credited").contains("cannot be undone");
        confirm("ph-order-page");
        await(d -> inner("ph-order-page").findElement(By.cssSelector("#order-status")).getText().equals("completed"));
        assertThat(milestoneStatus(2)).isEqualTo("CANCELLED");
        assertThat(inner("ph-order-page").findElement(By.cssSelector("#invoices")).getText()).contains("void");
        assertThat(inner("ph-order-page").findElements(By.cssSelector("tr.credit-note"))).as("nothing paid was cancelled").isEmpty();
    }

    /**
     * An order whose second milestone was paid when David ends it: the confirmation says paid ones are credited, and
     * the page shows the credit note beside its invoice and the sums, in English and German.
     */
    @Test
    void aPaidMilestoneCancelledByTheEndShowsItsCreditNoteAndTheSumsInBothLanguages() throws Exception {
        long account = davidsAccount();
        JsonObject order = http().post("api/v1/orders", "{\"accountId\":" + account + ",\"title\":\"Werkstatt-Blog\",\"priceMinor\":100000,"
                + "\"currency\":\"EUR\",\"milestones\":[{\"name\":\"Konzept\",\"days\":5,\"sharePercent\":40,\"includedRevisions\":1},"
                + "{\"name\":\"Umsetzung\",\"days\":5,\"sharePercent\":60}]}", users.as(BEN, "en")).json();
        long orderId = order.getJsonNumber("id").longValue();
        assertThat(http().billingCallback("{\"invoiceNumber\":\"" + order.getJsonArray("invoices").getJsonObject(0).getString("number")
                + "\",\"amountMinor\":40000,\"currency\":\"EUR\"}", "browser-credit-1-" + orderId).status()).isEqualTo(200);
        assertThat(http().post("api/v1/orders/" + orderId + "/milestones/1/delivery", "", users.as(BEN, "en")).status()).isEqualTo(200);
        JsonObject accepted = http().post("api/v1/orders/" + orderId + "/milestones/1/acceptance", "", users.as(DAVID, "en")).json();
        String second = accepted.getJsonArray("invoices").getJsonObject(1).getString("number");
        assertThat(http().billingCallback("{\"invoiceNumber\":\"" + second + "\",\"amountMinor\":60000,\"currency\":\"EUR\"}",
                "browser-credit-2-" + orderId).status()).isEqualTo(200);

        signInAs(DAVID);
        openOrder(orderId);
        await(d -> milestoneStatus(2).equals("IN_PROGRESS"));
        inner("ph-order-page").findElement(By.cssSelector("#end")).click();
        assertThat(confirmation("ph-order-page")).contains("paid ones credited");
        confirm("ph-order-page");
        await(d -> inner("ph-order-page").findElement(By.cssSelector("#order-status")).getText().equals("completed"));
        await(d -> !inner("ph-order-page").findElements(By.cssSelector("tr.credit-note")).isEmpty());
        WebElement credit = inner("ph-order-page").findElement(By.cssSelector("tr.credit-note"));
        assertThat(credit.getDomAttribute("data-credit-note")).matches("CN-\\d{6}");
        assertThat(credit.getText()).contains("credit note").contains("-€600.00").contains("for " + second);
        assertThat(inner("ph-order-page").findElement(By.cssSelector("#billing-sums")).getText()).contains("Billed").contains("given back");
        screenshot("order-credit-note-en");

        app().findElement(By.cssSelector("#lang-de")).click();
        await(d -> inner("ph-order-page").findElement(By.cssSelector("#billing-sums")).getText().contains("erstattet"));
        assertThat(inner("ph-order-page").findElement(By.cssSelector("tr.credit-note")).getText()).contains("Gutschrift").contains("-")
                .contains("€").contains("zu INV-");
        screenshot("order-credit-note-de");
    }

    @Test
    void aSiteIsTransferredToTheCustomerWhoThenInvitesAColleague() throws Exception {
        signInAs(NORA);
        app().findElement(By.cssSelector("#nav-sites")).click();
        SearchContext sites = await(d -> {
            SearchContext s = inner("ph-sites");
            return s.findElements(By.cssSelector("#siteName")).isEmpty()
                    || !"false".equals(app().findElement(By.cssSelector("ph-sites")).getDomAttribute("aria-busy")) ? null : s;
        });
        sites.findElement(By.cssSelector("#siteName")).sendKeys("Nord Shop");
        sites.findElement(By.cssSelector("#create-site")).click();
        WebElement site = await(d -> inner("ph-sites").findElements(By.cssSelector("[data-site]")).stream()
                .filter(e -> e.getText().contains("Nord Shop")).findFirst().orElse(null));
        assertThat(site.getDomAttribute("data-billing")).isEqualTo("AGENCY");

        site.findElement(By.cssSelector("button.buy")).click();
        WebElement warning = await(d -> inner("ph-sites").findElement(By.cssSelector(".warning")));
        assertThat(warning.getText()).contains("the agency, not the customer, will be billed");
        screenshot("sites");
        warning.findElement(By.cssSelector("button.secondary")).click();

        site = inner("ph-sites").findElements(By.cssSelector("[data-site]")).stream().filter(e -> e.getText().contains("Nord Shop")).findFirst().orElseThrow();
        site.findElement(By.cssSelector("input[name='recipient']")).sendKeys(DAVID);
        site.findElement(By.cssSelector("button.start-transfer")).click();
        // before anything is offered: what moves, what stays with the agency, who keeps access
        String preview = confirmation("ph-sites");
        assertThat(preview).contains("Nord Shop").contains("moves into the account " + DAVID).contains("No unpaid invoices")
                .contains("stays on as collaborator").contains("Edit site").contains("14 days");
        long nordShop = http().get("api/v1/sites?limit=100", users.as(NORA, "en")).json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(o -> o.getString("name").equals("Nord Shop")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertThat(http().get("api/v1/sites/" + nordShop + "/transfers", users.as(NORA, "en")).structure().asJsonArray())
                .as("nothing is offered before the preview is confirmed").isEmpty();
        screenshot("transfer-preview");
        confirm("ph-sites");
        await(d -> inner("ph-sites").findElements(By.cssSelector("[data-site] .pending")).stream().anyMatch(e -> e.getText().contains(DAVID)));

        signInAs(DAVID);
        app().findElement(By.cssSelector("#nav-inbox")).click();
        // other stories of this class may have offered David sites too
        WebElement transfer = await(d -> inner("ph-inbox").findElements(By.cssSelector("[data-transfer]")).stream()
                .filter(e -> e.getText().contains("Nord Shop")).findFirst().orElse(null));
        assertThat(transfer.getText()).contains("stays as collaborator");
        transfer.findElement(By.cssSelector("button.accept")).click();
        await(d -> inner("ph-inbox").findElements(By.cssSelector("[data-transfer]")).stream()
                .noneMatch(e -> e.getText().contains("Nord Shop")));

        app().findElement(By.cssSelector("#nav-sites")).click();
        WebElement mine = await(d -> inner("ph-sites").findElements(By.cssSelector("[data-site]")).stream()
                .filter(e -> e.getText().contains("Nord Shop")).findFirst().orElse(null));
        assertThat(mine.getDomAttribute("data-billing")).as("billing moved with ownership").isEqualTo("CUSTOMER");

        app().findElement(By.cssSelector("#nav-accounts")).click();
        SearchContext accounts = await(d -> {
            SearchContext a = inner("ph-accounts");
            return a.findElements(By.cssSelector("#inviteEmail")).isEmpty() ? null : a;
        });
        accounts.findElement(By.cssSelector("#inviteEmail")).sendKeys(EMIL);
        accounts.findElement(By.cssSelector("#send-invitation")).click();
        await(d -> inner("ph-accounts").findElement(By.cssSelector("#invitations")).getText().contains(EMIL));
        screenshot("accounts");

        String davidsAccount = http().get("api/v1/accounts", users.as(DAVID, "en")).structure().asJsonArray().stream()
                .map(a -> (JsonObject) a).filter(a -> "OWNER".equals(a.getString("myRole"))).findFirst().orElseThrow().getString("name");
        signInAs(EMIL);
        app().findElement(By.cssSelector("#nav-inbox")).click();
        await(d -> inner("ph-inbox").findElements(By.cssSelector("[data-invitation]")).stream()
                .filter(e -> e.getText().contains(davidsAccount)).findFirst().orElse(null)).findElement(By.cssSelector("button.accept")).click();
        await(d -> inner("ph-inbox").findElements(By.cssSelector("[data-invitation]")).stream().noneMatch(e -> e.getText().contains(davidsAccount)));

        signInAs(DAVID);
        app().findElement(By.cssSelector("#nav-accounts")).click();
        WebElement emil = await(d -> inner("ph-accounts").findElement(By.cssSelector("tr[data-member='" + EMIL + "']")));
        WebElement editSite = emil.findElement(By.cssSelector("input[aria-label$='Edit site']"));
        assertThat(editSite.isSelected()).isFalse();
        editSite.click();
        await(d -> inner("ph-accounts").findElement(By.cssSelector("tr[data-member='" + EMIL + "'] input[aria-label$='Edit site']")).isSelected());
        // the box ticks at once; the change is saved by the request it sends
        await(d -> http().get("api/v1/accounts", users.as(EMIL, "en")).structure().asJsonArray().getJsonObject(0)
                .getJsonArray("myPermissions").toString().contains("EDIT_SITE"));
        assertThat(http().get("api/v1/accounts", users.as(EMIL, "en")).structure().asJsonArray().getJsonObject(0)
                .getJsonArray("myPermissions").toString()).contains("EDIT_SITE").contains("VIEW_INVOICES");
    }

    /**
     * Ben's agency across its clients: two sites offered at once from the one list, an invitation with billing rights into
     * David's account that waits for David, who approves it (in German) and limits a collaborator's access to a date.
     */
    @Test
    void anAgencyOffersSitesAndInvitesInBulkFromItsClientListAndTheOwnerApprovesAndLimitsAccess() throws Exception {
        long account = davidsAccount();
        long ben = http().get("api/v1/me", users.as(BEN, "en")).json().getJsonNumber("id").longValue();
        assertThat(http().put("api/v1/accounts/" + account + "/members/" + ben + "/permissions",
                "{\"permissions\":[\"ORDER_PRODUCTS\",\"MANAGE_COLLABORATORS\"]}", users.as(DAVID, "en")).status()).isEqualTo(200);
        long agency = http().get("api/v1/me", users.as(BEN, "en")).json().getJsonArray("agencies").getJsonObject(0)
                .getJsonNumber("id").longValue();
        for (String name : List.of("Sammel A", "Sammel B")) {
            assertThat(http().post("api/v1/sites", "{\"agencyId\":" + agency + ",\"name\":\"" + name + "\"}", users.as(BEN, "en"))
                    .status()).isEqualTo(201);
        }

        signInAs(BEN);
        app().findElement(By.cssSelector("#nav-clients")).click();
        await(d -> inner("ph-clients").findElements(By.cssSelector("#client-items tr[data-type='SITE']")).size() >= 2);
        for (String name : List.of("Sammel A", "Sammel B")) {
            inner("ph-clients").findElements(By.cssSelector("#client-items tr[data-type='SITE']")).stream()
                    .filter(r -> r.getText().contains(name)).findFirst().orElseThrow().findElement(By.cssSelector("input.pick-site")).click();
        }
        WebElement offer = await(d -> inner("ph-clients").findElement(By.cssSelector("#bulk-transfer")));
        List<WebElement> recipients = offer.findElements(By.cssSelector("input[type=email]"));
        assertThat(recipients).hasSize(2);
        recipients.get(0).sendKeys("sammel-a@example.org");
        recipients.get(1).sendKeys("sammel-b@example.org");
        offer.findElement(By.cssSelector("#bulk-transfer-send")).click();
        assertThat(confirmation("ph-clients")).contains("Sammel A → sammel-a@example.org").contains("Sammel B → sammel-b@example.org");
        confirm("ph-clients");
        await(d -> inner("ph-clients").findElements(By.cssSelector("#bulk-results li[data-outcome='OFFERED']")).size() == 2);
        await(d -> inner("ph-clients").findElements(By.cssSelector("#client-items tr[data-type='TRANSFER']")).stream()
                .filter(r -> r.getText().contains("sammel-")).count() == 2);

        String accountName = http().get("api/v1/accounts/" + account, users.as(DAVID, "en")).json().getString("name");
        WebElement invite = inner("ph-clients").findElement(By.cssSelector("#bulk-invite"));
        invite.findElements(By.cssSelector("label")).stream().filter(l -> l.getText().equals(accountName)).findFirst().orElseThrow()
                .findElement(By.cssSelector("input.pick-account")).click();
        invite = inner("ph-clients").findElement(By.cssSelector("#bulk-invite"));
        invite.findElement(By.cssSelector("input[name=bulkEmail]")).sendKeys("buchhaltung@werkstatt.example");
        invite.findElement(By.cssSelector("input[name='bulk-MANAGE_BILLING']")).click();
        invite.findElement(By.cssSelector("#bulk-invite-send")).click();
        WebElement waits = await(d -> inner("ph-clients").findElement(By.cssSelector("#bulk-results li[data-outcome='REQUESTED']")));
        assertThat(waits.getText()).contains("waits for the owner").contains(accountName);
        screenshot("clients");

        // David decides, in German: the request says who asked for what; approving is confirmed first
        signInAs(DAVID);
        app().findElement(By.cssSelector("#lang-de")).click();
        app().findElement(By.cssSelector("#nav-accounts")).click();
        new Select(await(d -> inner("ph-accounts").findElement(By.cssSelector("#account-switcher")))).selectByValue(String.valueOf(account));
        WebElement request = await(d -> inner("ph-accounts").findElements(By.cssSelector("#access-requests li[data-status='PENDING']"))
                .stream().filter(li -> li.getText().contains("buchhaltung@werkstatt.example")).findFirst().orElse(null));
        assertThat(request.getText()).contains("Ben Becker").contains("Abrechnung");
        request.findElement(By.cssSelector("button.approve")).click();
        assertThat(confirmation("ph-accounts")).contains("Diesen Zugang freigeben?").contains("buchhaltung@werkstatt.example");
        confirm("ph-accounts");
        await(d -> inner("ph-accounts").findElement(By.cssSelector("#invitations")).getText().contains("buchhaltung@werkstatt.example"));

        // and limits Clara's access to the end of a day
        await(d -> inner("ph-accounts").findElement(By.cssSelector("tr[data-member='" + CLARA + "'] button.limit-member"))).click();
        WebElement limit = await(d -> inner("ph-accounts").findElement(By.cssSelector("#limit-form")));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].value = '2099-12-31'; arguments[0].dispatchEvent(new Event('input'));",
                limit.findElement(By.cssSelector("input[name=limEnds]")));
        limit.findElement(By.cssSelector("#save-limit")).click();
        await(d -> inner("ph-accounts").findElement(By.cssSelector("tr[data-member='" + CLARA + "'] .limit-text")).getText().contains("2099"));
        app().findElement(By.cssSelector("#lang-en")).click();
        JsonObject clara = http().get("api/v1/accounts/" + account + "/members", users.as(DAVID, "en")).structure().asJsonArray().stream()
                .map(v -> (JsonObject) v).filter(m -> m.getString("email").equals(CLARA)).findFirst().orElseThrow();
        assertThat(clara.getString("accessEndsAt")).isEqualTo("2100-01-01T00:00:00Z");
    }

    /** The domain ordered for David, the order opted into the handover on its page, the final payment, and David's undo. */
    @Test
    void anOptedInOrderHandsItsSiteAndDomainOverAtTheFinalPaymentAndTheCustomerHandsItBack() throws Exception {
        long account = davidsAccount();
        long agency = http().get("api/v1/me", users.as(BEN, "en")).json().getJsonArray("agencies").getJsonObject(0)
                .getJsonNumber("id").longValue();
        long siteId = http().post("api/v1/sites", "{\"agencyId\":" + agency + ",\"name\":\"Werkstatt online\"}", users.as(BEN, "en"))
                .json().getJsonNumber("id").longValue();
        JsonObject order = http().post("api/v1/orders", "{\"accountId\":" + account + ",\"siteId\":" + siteId
                + ",\"title\":\"Werkstatt-Website\",\"priceMinor\":200000,\"currency\":\"EUR\",\"milestones\":["
                + "{\"name\":\"Entwurf\",\"days\":5,\"sharePercent\":50,\"includedRevisions\":1},"
                + "{\"name\":\"Fertig\",\"days\":5,\"sharePercent\":50,\"includedRevisions\":1}]}", users.as(BEN, "en")).json();
        long orderId = order.getJsonNumber("id").longValue();

        // Ben orders the domain for David: the customer is its owner, the agency pays and looks after it
        signInAs(BEN);
        app().findElement(By.cssSelector("#nav-sites")).click();
        WebElement site = await(d -> inner("ph-sites").findElement(By.cssSelector("[data-site='" + siteId + "']")));
        site.findElement(By.cssSelector("button.open-domain-form")).click();
        WebElement form = await(d -> inner("ph-sites").findElement(By.cssSelector("[data-site='" + siteId + "'] form")));
        form.findElement(By.cssSelector("input[name=domainName]")).sendKeys("werkstatt-david.example");
        form.findElement(By.cssSelector("input[name=ownerName]")).sendKeys("Ben Becker");
        form.findElement(By.cssSelector("input[name=ownerEmail]")).sendKeys(BEN);
        form.findElement(By.cssSelector("button.order-domain")).click();
        confirm("ph-sites");
        // the agency is never the owner: the form says why, next to the field, and nothing was ordered
        await(d -> inner("ph-sites").findElement(By.cssSelector("[data-site='" + siteId + "'] form")).getText()
                .contains("must be the customer"));
        assertThat(http().get("api/v1/sites/" + siteId + "/domains", users.as(BEN, "en")).structure().asJsonArray()).isEmpty();
        form = inner("ph-sites").findElement(By.cssSelector("[data-site='" + siteId + "'] form"));
        form.findElement(By.cssSelector("input[name=ownerName]")).clear();
        form.findElement(By.cssSelector("input[name=ownerEmail]")).clear();
        form.findElement(By.cssSelector("button.order-domain")).click();
        assertThat(confirmation("ph-sites")).contains("werkstatt-david.example").contains("Your agency pays for it")
                .contains("customer of the site's order");
        confirm("ph-sites");
        WebElement domain = await(d -> inner("ph-sites").findElement(By.cssSelector("tr[data-domain='werkstatt-david.example']")));
        assertThat(domain.findElement(By.cssSelector(".owner")).getText()).contains(DAVID);
        assertThat(domain.findElement(By.cssSelector(".payer")).getText()).isEqualTo("agency");

        // on the order page Ben opts into the automatic handover, after being told what it does
        app().findElement(By.cssSelector("#nav-orders")).click();
        openOrder(orderId);
        WebElement handover = await(d -> inner("ph-order-page").findElement(By.cssSelector("#handover")));
        assertThat(handover.getText()).contains("by hand");
        handover.findElement(By.cssSelector("#toggle-handover")).click();
        assertThat(confirmation("ph-order-page")).contains("final tranche").contains("domains").contains("undo window");
        confirm("ph-order-page");
        await(d -> inner("ph-order-page").findElement(By.cssSelector("#handover")).getText().contains("automatic at the final payment"));

        // the first tranche, its delivery and acceptance; then the final tranche is paid
        String first = order.getJsonArray("invoices").getJsonObject(0).getString("number");
        assertThat(http().post("api/demo/payments", "{\"invoiceNumber\":\"" + first + "\"}", users.as(DAVID, "en")).status()).isEqualTo(200);
        assertThat(http().post("api/v1/orders/" + orderId + "/milestones/1/delivery", "", users.as(BEN, "en")).status()).isEqualTo(200);
        assertThat(http().post("api/v1/orders/" + orderId + "/milestones/1/acceptance", "", users.as(DAVID, "en")).status()).isEqualTo(200);
        assertThat(http().get("api/v1/sites/" + siteId, users.as(BEN, "en")).json().getBoolean("underAgency"))
                .as("not before the final tranche is paid").isTrue();
        JsonArray invoices = http().get("api/v1/orders/" + orderId, users.as(DAVID, "en")).json().getJsonArray("invoices");
        String last = invoices.getJsonObject(invoices.size() - 1).getString("number");
        assertThat(http().post("api/demo/payments", "{\"invoiceNumber\":\"" + last + "\"}", users.as(DAVID, "en")).status()).isEqualTo(200);

        // David, in German, finds the site in his account, sees what moved, and hands it back
        signInAs(DAVID);
        app().findElement(By.cssSelector("#lang-de")).click();
        app().findElement(By.cssSelector("#nav-sites")).click();
        WebElement mine = await(d -> inner("ph-sites").findElement(By.cssSelector("[data-site='" + siteId + "']")));
        assertThat(mine.getDomAttribute("data-billing")).isEqualTo("CUSTOMER");
        WebElement banner = await(d -> inner("ph-sites").findElement(By.cssSelector("[data-site='" + siteId + "'] .handed-over")));
        assertThat(banner.getText()).contains("automatisch mit der Schlusszahlung").contains("zurückgeben");
        banner.findElement(By.cssSelector("button.show-moved")).click();
        WebElement moved = await(d -> inner("ph-sites").findElement(By.cssSelector("[data-site='" + siteId + "'] .moved")));
        assertThat(moved.getText()).contains("werkstatt-david.example").contains("bezahlt von: Kunde").contains("Website bearbeiten");
        assertThat(inner("ph-sites").findElement(By.cssSelector("tr[data-domain='werkstatt-david.example'] .payer")).getText())
                .isEqualTo("Kunde");
        screenshot("handover-de");
        inner("ph-sites").findElement(By.cssSelector("[data-site='" + siteId + "'] button.undo")).click();
        assertThat(confirmation("ph-sites")).contains("an die Agentur zurückgeben").contains("genau so wiederhergestellt");
        confirm("ph-sites");
        await(d -> inner("ph-sites").findElements(By.cssSelector("[data-site='" + siteId + "']")).isEmpty());
        app().findElement(By.cssSelector("#lang-en")).click();

        JsonObject back = http().get("api/v1/sites/" + siteId, users.as(BEN, "en")).json();
        assertThat(back.getBoolean("underAgency")).isTrue();
        assertThat(back.getString("billingParty")).isEqualTo("AGENCY");
        JsonObject restored = http().get("api/v1/sites/" + siteId + "/domains", users.as(BEN, "en")).structure().asJsonArray()
                .getJsonObject(0);
        assertThat(restored.getString("payer")).isEqualTo("AGENCY");
        assertThat(restored.getJsonObject("owner").getString("email")).isEqualTo(DAVID);
        assertThat(restored.getJsonObject("billing").getString("email")).as("the agency pays again").isEqualTo(BEN);
    }

    @Test
    void anOfferReachesTheBellTheDemoMailboxAndIsOpenedFromThereAndPreferencesAreChosen() throws Exception {
        long nord = http().get("api/v1/me", users.as(NORA, "en")).json().getJsonArray("agencies").getJsonObject(0)
                .getJsonNumber("id").longValue();
        long site = http().post("api/v1/sites", "{\"agencyId\":" + nord + ",\"name\":\"Glocken-Shop\"}", users.as(NORA, "en"))
                .json().getJsonNumber("id").longValue();
        assertThat(http().post("api/v1/sites/" + site + "/transfers", "{\"recipientEmail\":\"" + DAVID + "\"}",
                users.as(NORA, "en")).status()).isEqualTo(201);
        // the dispatcher fans the event out after the transfer committed
        await(d -> http().get("api/v1/notifications", users.as(DAVID, "en")).json().getJsonArray("items").stream()
                .anyMatch(n -> n.toString().contains("Glocken-Shop")));

        signInAs(DAVID);
        await(d -> !app().findElements(By.cssSelector("#unread-count")).isEmpty());
        app().findElement(By.cssSelector("#nav-notifications")).click();
        WebElement offered = await(d -> inner("ph-notifications").findElements(By.cssSelector("[data-kind='TRANSFER_OFFERED']"))
                .stream().filter(e -> e.getText().contains("Glocken-Shop")).findFirst().orElse(null));
        assertThat(offered.getText()).contains("Webwerk Nord offers you the site Glocken-Shop").contains("new");
        screenshot("notifications");
        offered.findElement(By.cssSelector("button.open")).click();
        await(d -> inner("ph-inbox").findElements(By.cssSelector("[data-transfer]")).stream()
                .anyMatch(e -> e.getText().contains("Glocken-Shop")));

        app().findElement(By.cssSelector("#nav-mailbox")).click();
        WebElement mail = await(d -> inner("ph-mailbox").findElements(By.cssSelector("[data-mail]")).stream()
                .filter(e -> e.getText().contains("Glocken-Shop")).findFirst().orElse(null));
        assertThat(mail.getText()).contains("Hello David Kunde,").contains("?view=inbox").contains(DAVID);

        app().findElement(By.cssSelector("#nav-settings")).click();
        SearchContext settings = await(d -> {
            SearchContext st = inner("ph-notification-settings");
            return st.findElements(By.cssSelector("#preferences")).isEmpty() ? null : st;
        });
        assertThat(settings.findElement(By.cssSelector("tr[data-kind='TRANSFER_OFFERED'] input[value='NONE']")).isEnabled())
                .as("the e-mail of an offer cannot be switched off").isFalse();
        settings.findElement(By.cssSelector("tr[data-kind='MESSAGE_POSTED'] input[value='PORTAL']")).click();
        settings.findElement(By.cssSelector("#save-preferences")).click();
        await(d -> inner("ph-notification-settings").findElement(By.cssSelector(".notice")).isDisplayed());
        assertThat(http().get("api/v1/me/notification-preferences", users.as(DAVID, "en")).json().getJsonObject("preferences")
                .getString("MESSAGE_POSTED")).isEqualTo("PORTAL");

        app().findElement(By.cssSelector("#lang-de")).click();
        app().findElement(By.cssSelector("#nav-notifications")).click();
        await(d -> inner("ph-notifications").findElement(By.cssSelector("h2")).getText().equals("Benachrichtigungen"));
        WebElement opened = await(d -> inner("ph-notifications").findElements(By.cssSelector("[data-kind='TRANSFER_OFFERED']"))
                .stream().filter(e -> e.getText().contains("Glocken-Shop")).findFirst().orElse(null));
        assertThat(opened.getText()).as("opening it marked it read").contains("Website angeboten").doesNotContain("neu");
        // other stories of this class may have left David unread notifications: all of them are read with one click
        List<WebElement> readAll = inner("ph-notifications").findElements(By.cssSelector("#read-all"));
        if (!readAll.isEmpty()) {
            readAll.get(0).click();
        }
        await(d -> app().findElements(By.cssSelector("#unread-count")).isEmpty());
        app().findElement(By.cssSelector("#lang-en")).click();
    }

    @Test
    void anAgencyOwnerRegistersASignedWebhookAndTheAdminSeesAndRetriesDeliveries() throws Exception {
        signInAs(BEN);
        assertThat(app().findElements(By.cssSelector("#nav-integrations"))).as("members are not owners").isEmpty();

        signInAs(ANNA);
        app().findElement(By.cssSelector("#nav-integrations")).click();
        SearchContext integrations = await(d -> {
            SearchContext i = inner("ph-integrations");
            return i.findElements(By.cssSelector("input[name='eventType']")).isEmpty() ? null : i;
        });
        integrations.findElement(By.cssSelector("#url")).sendKeys("https://crm.agentur-beispiel.example/hooks/partner-hub");
        integrations.findElement(By.cssSelector("#description")).sendKeys("CRM");
        integrations.findElement(By.cssSelector("input[name='eventType'][value='order.placed']")).click();
        integrations.findElement(By.cssSelector("#register-endpoint")).click();
        WebElement secret = await(d -> inner("ph-integrations").findElement(By.cssSelector("#secret")));
        assertThat(secret.getText()).contains("whsec_").contains("not shown again");
        WebElement endpoint = await(d -> inner("ph-integrations").findElements(By.cssSelector("[data-endpoint]")).stream()
                .filter(e -> e.getText().contains("crm.agentur-beispiel.example")).findFirst().orElse(null));
        assertThat(endpoint.getText()).contains("Order placed").contains("active");
        screenshot("integrations");
        endpoint.findElement(By.cssSelector("button.stop")).click();
        assertThat(confirmation("ph-integrations")).contains("gets no more events");
        confirm("ph-integrations");
        await(d -> inner("ph-integrations").findElements(By.cssSelector("[data-endpoint]")).stream()
                .anyMatch(e -> e.getText().contains("crm.agentur-beispiel.example") && e.getText().contains("stopped")));

        // a mail that went out: a site offered to David
        long nord = http().get("api/v1/me", users.as(NORA, "en")).json().getJsonArray("agencies").getJsonObject(0)
                .getJsonNumber("id").longValue();
        long site = http().post("api/v1/sites", "{\"agencyId\":" + nord + ",\"name\":\"Webhook-Shop\"}", users.as(NORA, "en"))
                .json().getJsonNumber("id").longValue();
        http().post("api/v1/sites/" + site + "/transfers", "{\"recipientEmail\":\"" + DAVID + "\"}", users.as(NORA, "en"));
        JsonObject mail = await(d -> http().get("api/v1/admin/deliveries?status=SENT&limit=200", users.as(ADMIN, "en")).json()
                .getJsonArray("items").stream().map(x -> x.asJsonObject())
                .filter(x -> x.getString("subject").contains("Webhook-Shop")).findFirst().orElse(null));
        String id = mail.getJsonNumber("id").toString();

        signInAs(ADMIN);
        app().findElement(By.cssSelector("#nav-integrations")).click();
        await(d -> !inner("ph-integrations").findElements(By.cssSelector("#delivery-status")).isEmpty());
        new Select(inner("ph-integrations").findElement(By.cssSelector("#delivery-status"))).selectByValue("SENT");
        WebElement sent = await(d -> inner("ph-integrations").findElement(By.cssSelector("#deliveries tr[data-delivery='" + id + "']")));
        assertThat(sent.getText()).contains(DAVID).contains("sent");
        sent.findElement(By.cssSelector("button.retry")).click();
        assertThat(confirmation("ph-integrations")).contains("twice");
        confirm("ph-integrations");
        await(d -> inner("ph-integrations").findElement(By.cssSelector(".notice")).getText().contains("Queued"));
        // sent once more by the dispatcher: a new sending time
        await(d -> http().get("api/v1/admin/deliveries?status=SENT&limit=200", users.as(ADMIN, "en")).json().getJsonArray("items")
                .stream().map(x -> x.asJsonObject()).anyMatch(x -> x.getJsonNumber("id").toString().equals(id)
                        && !x.getString("sentAt").equals(mail.getString("sentAt"))));
    }

    /** What the Liferay portlets render: <ph-portlet> with the service URL and a URL that hands out the token. */
    @Test
    void thePortletElementShowsTheViewItIsGivenWithATokenFromItsTokenUrlAndKeepsItsPlaceInThePagesAddress() {
        // same origin, as the portal's token resource URL is for the portlet (the page's policy allows no other)
        String tokenUrl = base + "api/demo/tokens?email=" + java.net.URLEncoder.encode(PETRA, StandardCharsets.UTF_8);
        browser.get(base.toString());
        await(d -> app().findElements(By.cssSelector("#user option")).size() > 1);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "await import(new URL('partner-hub/ui/ph-portlet.js', document.baseURI).href);"
                        + "const p = document.createElement('ph-portlet');"
                        + "p.setAttribute('view', 'orders'); p.setAttribute('language', 'de-DE');"
                        + "p.setAttribute('service-url', new URL('.', document.baseURI).href.replace(/\\/$/, ''));"
                        + "p.setAttribute('token-url', arguments[0]); p.id = 'portlet';"
                        + "document.querySelector('main').prepend(p);", tokenUrl);
        SearchContext portlet = await(d -> browser.findElement(By.cssSelector("#portlet")).getShadowRoot());
        String heading = await(d -> portlet.findElement(By.cssSelector("ph-order-dashboard")).getShadowRoot()
                .findElement(By.cssSelector("h2")).getText());
        assertThat(heading).isEqualTo("Aufträge");

        // the portlet keeps its place in the portal page's address, in a parameter of its own
        long orderId = http().post("api/v1/orders", "{\"accountId\":" + davidsAccount() + ",\"packageId\":" + websitePackage(BEN)
                + ",\"title\":\"Portlet-Website\",\"priceMinor\":90000,\"currency\":\"EUR\","
                + "\"answers\":{\"business\":\"Kiosk\",\"style\":\"modern\"}}", users.as(BEN, "en")).json().getJsonNumber("id").longValue();
        String page = browser.getCurrentUrl();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].dispatchEvent(new CustomEvent('ph-open-order', "
                + "{detail: arguments[1], bubbles: true, composed: true}))", browser.findElement(By.cssSelector("#portlet")), orderId);
        await(d -> d.getCurrentUrl().endsWith("ph-orders=order-" + orderId));
        // the portal renders the page again (a reload): the new element opens the same order
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const old = document.getElementById('portlet'); const p = old.cloneNode(false); old.replaceWith(p);");
        await(d -> browser.findElement(By.cssSelector("#portlet")).getShadowRoot().findElement(By.cssSelector("ph-order-page"))
                .getShadowRoot().findElement(By.cssSelector("#order-title")).getText().contains("Portlet-Website"));
        browser.navigate().back();
        await(d -> d.getCurrentUrl().equals(page) && !browser.findElement(By.cssSelector("#portlet")).getShadowRoot()
                .findElements(By.cssSelector("ph-order-dashboard")).isEmpty());
    }

    @Test
    void anAgencyOpensAnAccountForItsCustomerWhoTakesItOver() {
        signInAs(ANNA);
        app().findElement(By.cssSelector("#nav-accounts")).click();
        SearchContext accounts = await(d -> {
            SearchContext a = inner("ph-accounts");
            return a.findElements(By.cssSelector("#behalfName")).isEmpty() ? null : a;
        });
        accounts.findElement(By.cssSelector("details summary")).click();
        accounts.findElement(By.cssSelector("#behalfName")).sendKeys("Emil GmbH");
        accounts.findElement(By.cssSelector("#behalfEmail")).sendKeys(EMIL);
        accounts.findElement(By.cssSelector("#behalfNote")).sendKeys("Auftrag per E-Mail vom 20.11.");
        new Select(accounts.findElement(By.cssSelector("#behalfBilling"))).selectByValue("AGENCY");
        accounts.findElement(By.cssSelector("#open-on-behalf")).click();
        await(d -> inner("ph-accounts").findElements(By.cssSelector(".problem")).size() == 1);
        assertThat(inner("ph-accounts").findElement(By.cssSelector(".problem")).getText()).as("the authorisation must be confirmed")
                .contains("must be confirmed");
        inner("ph-accounts").findElement(By.cssSelector("#behalfConfirmed")).click();
        inner("ph-accounts").findElement(By.cssSelector("#open-on-behalf")).click();
        await(d -> inner("ph-accounts").findElement(By.cssSelector(".notice")).getText().contains(EMIL));

        signInAs(EMIL);
        app().findElement(By.cssSelector("#nav-inbox")).click();
        WebElement invitation = await(d -> inner("ph-inbox").findElements(By.cssSelector("[data-invitation]")).stream()
                .filter(e -> e.getText().contains("Emil GmbH")).findFirst().orElse(null));
        invitation.findElement(By.cssSelector("button.accept")).click();
        await(d -> inner("ph-inbox").findElements(By.cssSelector("[data-invitation]")).stream().noneMatch(e -> e.getText().contains("Emil GmbH")));

        app().findElement(By.cssSelector("#nav-accounts")).click();
        await(d -> inner("ph-accounts").findElements(By.cssSelector("#account-switcher option")).stream()
                .anyMatch(o -> o.getText().contains("Emil GmbH")));
        new Select(inner("ph-accounts").findElement(By.cssSelector("#account-switcher"))).selectByVisibleText("Emil GmbH (owner)");
        await(d -> inner("ph-accounts").findElement(By.cssSelector("#billing")).getText().contains("agency"));
        inner("ph-accounts").findElement(By.cssSelector("#bill-to-customer")).click();
        await(d -> inner("ph-accounts").findElement(By.cssSelector("#billing strong")).getText().equals("customer"));
    }

    /** Types into a field of an element's form, replacing what was there. */
    private void type(String tag, String id, String text) {
        WebElement field = inner(tag).findElement(By.cssSelector("#" + id));
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        field.sendKeys(text);
    }

    private String fieldError(String tag, String field) {
        List<WebElement> errors = inner(tag).findElements(By.cssSelector("#err-" + field.replaceAll("[^a-zA-Z0-9]", "-")));
        return errors.isEmpty() ? "" : errors.get(0).getText();
    }

    @Test
    void anAdminDefinesAPackageInAFormThatChecksTheRulesWhileTypingAndRetiresIt() {
        int before = http().get("api/v1/packages", users.as(ADMIN, "en")).structure().asJsonArray().size();
        signInAs(ADMIN);
        app().findElement(By.cssSelector("#nav-packages")).click();
        await(d -> inner("ph-packages").findElement(By.cssSelector("[data-package='WEBSITE']")).isDisplayed());

        // an empty form is not sent: every missing field says so next to it, and the focus goes to the first
        inner("ph-packages").findElement(By.cssSelector("#define-package")).click();
        await(d -> fieldError("ph-packages", "code").contains("Please fill this in"));
        assertThat(fieldError("ph-packages", "milestones[0].name")).contains("Please fill this in");
        assertThat(focused()).startsWith("INPUT#pkg-code");

        type("ph-packages", "pkg-code", "seo");
        await(d -> fieldError("ph-packages", "code").contains("Capital letters"));
        type("ph-packages", "pkg-code", "SEO");
        await(d -> fieldError("ph-packages", "code").isEmpty());
        type("ph-packages", "pkg-nameDe", "Suchmaschinenoptimierung");
        type("ph-packages", "pkg-nameEn", "Search engine optimisation");
        type("ph-packages", "pkg-milestones-0-nameDe", "Analyse");
        type("ph-packages", "pkg-milestones-0-nameEn", "Analysis");
        type("ph-packages", "pkg-milestones-0-sharePercent", "40");
        await(d -> inner("ph-packages").findElement(By.cssSelector("#pkg-share-sum")).getText().contains("90 % of 100 %"));
        assertThat(fieldError("ph-packages", "milestones")).contains("add up to 90 %");
        type("ph-packages", "pkg-milestones-0-stepsDe", "Keywords recherchieren\nWettbewerb ansehen");
        type("ph-packages", "pkg-milestones-0-stepsEn", "Research keywords");
        await(d -> fieldError("ph-packages", "milestones[0].stepsEn").contains("2 German and 1 English sub-steps"));
        type("ph-packages", "pkg-milestones-0-stepsEn", "Research keywords\nLook at competitors");
        type("ph-packages", "pkg-milestones-1-nameDe", "Umsetzung");
        type("ph-packages", "pkg-milestones-1-nameEn", "Implementation");
        type("ph-packages", "pkg-milestones-1-plannedDays", "45");
        await(d -> fieldError("ph-packages", "milestones[1].days").contains("from 1 to 30"));
        type("ph-packages", "pkg-milestones-1-plannedDays", "21");
        type("ph-packages", "pkg-milestones-1-sharePercent", "60");
        await(d -> inner("ph-packages").findElement(By.cssSelector("#pkg-share-sum")).getText().contains("100 % of 100 %"));
        inner("ph-packages").findElement(By.cssSelector("#pkg-add-question")).click();
        type("ph-packages", "pkg-questions-0-key", "website");
        type("ph-packages", "pkg-questions-0-labelDe", "Adresse der Website");
        type("ph-packages", "pkg-questions-0-labelEn", "Website address");
        assertThat(http().get("api/v1/packages", users.as(ADMIN, "en")).structure().asJsonArray()).as("nothing sent yet").hasSize(before);
        inner("ph-packages").findElement(By.cssSelector("#define-package")).click();

        WebElement seo = await(d -> inner("ph-packages").findElement(By.cssSelector("[data-package='SEO']")));
        assertThat(seo.getText()).contains("Search engine optimisation").contains("Analysis").contains("21 days").contains("60 %");
        JsonObject defined = http().get("api/v1/packages", users.as(ADMIN, "de")).structure().asJsonArray().stream()
                .map(JsonObject.class::cast).filter(p -> p.getString("code").equals("SEO")).findFirst().orElseThrow();
        assertThat(defined.getString("name")).isEqualTo("Suchmaschinenoptimierung");
        assertThat(defined.getJsonArray("milestones").getJsonObject(0).getJsonArray("steps").toString())
                .isEqualTo("[\"Keywords recherchieren\",\"Wettbewerb ansehen\"]");
        assertThat(defined.getJsonArray("questions").getJsonObject(0).getString("label")).isEqualTo("Adresse der Website");
        seo.findElement(By.cssSelector("button.toggle")).click();
        await(d -> inner("ph-packages").findElement(By.cssSelector("[data-package='SEO']")).getText().contains("retired"));

        signInAs(ANNA);
        app().findElement(By.cssSelector("#nav-packages")).click();
        await(d -> inner("ph-packages").findElement(By.cssSelector("[data-package='WEBSITE']")).isDisplayed());
        assertThat(inner("ph-packages").findElements(By.cssSelector("[data-package='SEO']"))).as("retired packages are not offered").isEmpty();
        assertThat(inner("ph-packages").findElements(By.cssSelector("#define-package"))).as("only admins define packages").isEmpty();
    }

    @Test
    void aNewcomerIsToldWhatToTryFirstAndAnEmptyListOffersItsNextStep() {
        browser.get(base.toString());
        WebElement welcome = await(d -> app().findElement(By.cssSelector("#signed-out")));
        await(d -> app().findElements(By.cssSelector("#try-first li button")).size() == 4);
        assertThat(welcome.getText()).contains("Clara").contains("pay the invoice that waits").contains("define a package");
        app().findElement(By.cssSelector("#try-first button[data-email='" + CLARA + "']")).click();
        await(d -> CLARA.equals(app().findElement(By.cssSelector("#me")).getDomAttribute("data-email")));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).as("Clara's suggested language").isEqualTo("de");

        signInAs(ADMIN);
        app().findElement(By.cssSelector("#nav-inbox")).click();
        WebElement empty = await(d -> inner("ph-inbox").findElement(By.cssSelector("#empty")));
        assertThat(empty.getText()).contains("Nichts wartet auf Ihre Antwort").contains("Einladungen");
        app().findElement(By.cssSelector("#lang-en")).click();
        await(d -> inner("ph-inbox").findElement(By.cssSelector("#empty")).getText().contains("Nothing waits for your answer"));
        inner("ph-inbox").findElement(By.cssSelector("#empty button.next-action")).click();
        await(d -> d.getCurrentUrl().endsWith("?view=orders") && !app().findElements(By.cssSelector("ph-order-dashboard")).isEmpty());

        // filters that match nothing say so and lead back to all orders
        await(d -> "false".equals(app().findElement(By.cssSelector("ph-order-dashboard")).getDomAttribute("aria-busy")));
        new Select(inner("ph-order-dashboard").findElement(By.cssSelector("#status"))).selectByValue("COMPLETED");
        inner("ph-order-dashboard").findElement(By.cssSelector("#overdue")).click();
        WebElement none = await(d -> inner("ph-order-dashboard").findElement(By.cssSelector("#empty")));
        assertThat(none.getText()).contains("No orders match these filters");
        none.findElement(By.cssSelector("button.next-action")).click();
        await(d -> "".equals(inner("ph-order-dashboard").findElement(By.cssSelector("#status")).getDomProperty("value"))
                && !inner("ph-order-dashboard").findElement(By.cssSelector("#overdue")).isSelected());
    }

    @Test
    void aProblemFromTheServiceIsShownWhereTheActionWas() {
        signInAs(EMIL);
        await(d -> "false".equals(app().findElement(By.cssSelector("ph-order-dashboard")).getDomAttribute("aria-busy")));
        // an order page she may not see: the service's 404 is shown as its message, not as a blank page
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].dispatchEvent(new CustomEvent('ph-open-order', {detail: 999999, bubbles: true, composed: true}))",
                browser.findElement(By.tagName("ph-app")));
        WebElement problem = await(d -> inner("ph-order-page").findElement(By.cssSelector(".problem")));
        assertThat(problem.getText()).contains("Not found");
    }

    /**
     * David's own account ("Davids Werkstatt"; one per person) with Ben (agency, ORDER_PRODUCTS) and Clara (VIEW_INVOICES
     * only) in it, whichever test of this class asks first.
     */
    private long davidsAccount() {
        long account = http().get("api/v1/accounts", users.as(DAVID, "en")).structure().asJsonArray().stream()
                .map(a -> (JsonObject) a).filter(a -> "OWNER".equals(a.getString("myRole", null))).findFirst()
                .map(a -> a.getJsonNumber("id").longValue())
                .orElseGet(() -> http().post("api/v1/accounts", "{\"name\":\"Davids Werkstatt\"}", users.as(DAVID, "en"))
                        .json().getJsonNumber("id").longValue());
        String members = http().get("api/v1/accounts/" + account + "/members", users.as(DAVID, "en")).body();
        for (String[] invitee : new String[][] {{BEN, "ORDER_PRODUCTS"}, {CLARA, "VIEW_INVOICES"}}) {
            if (members.contains(invitee[0])) {
                continue;
            }
            String token = http().post("api/v1/accounts/" + account + "/invitations", "{\"email\":\"" + invitee[0]
                    + "\",\"permissions\":[\"" + invitee[1] + "\"]}", users.as(DAVID, "en")).json().getString("token");
            assertThat(http().post("api/v1/invitations/accept", "{\"token\":\"" + token + "\"}", users.as(invitee[0], "en"))
                    .status()).isEqualTo(200);
        }
        return account;
    }

    /** The id of the installed WEBSITE package, as a user of the catalogue finds it. */
    private long websitePackage(String user) {
        return http().get("api/v1/packages", users.as(user, "en")).structure().asJsonArray().stream()
                .map(p -> (JsonObject) p).filter(p -> p.getString("code").equals("WEBSITE")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private long ordersOf(String user) {
        return http().get("api/v1/orders?status=ACTIVE&limit=100", users.as(user, "en")).json().getJsonArray("items").size();
    }

    @Test
    void moneyIsReadInThePagesLanguageEchoedWhileTypingAndConfirmedBeforePlacing() throws Exception {
        davidsAccount();
        signInAs(BEN);
        app().findElement(By.cssSelector("#lang-de")).click();
        app().findElement(By.cssSelector("#nav-new-order")).click();
        SearchContext form = await(d -> {
            SearchContext f = inner("ph-order-form");
            return f.findElements(By.cssSelector("#q-business")).isEmpty() ? null : f;
        });
        new Select(form.findElement(By.cssSelector("#account"))).selectByVisibleText("Davids Werkstatt");
        form.findElement(By.cssSelector("#title")).sendKeys("Galerie-Website");
        // "1.500" in German is fifteen hundred, and the form says how it read it while typing
        form.findElement(By.cssSelector("#price")).sendKeys("1.500");
        await(d -> inner("ph-order-form").findElement(By.cssSelector("#price-echo")).getText().contains("1.500,00"));
        form.findElement(By.cssSelector("#q-business")).sendKeys("Kunstgalerie");
        new Select(form.findElement(By.cssSelector("#q-style"))).selectByValue("modern");
        long before = ordersOf(BEN);
        form.findElement(By.cssSelector("#place")).click();
        String summary = confirmation("ph-order-form");
        assertThat(summary).contains("1.500,00").contains("450,00").contains("600,00").contains("Davids Werkstatt");
        assertThat(ordersOf(BEN)).as("nothing is placed before the summary is confirmed").isEqualTo(before);
        screenshot("order-form-summary-de");
        confirm("ph-order-form");
        await(d -> inner("ph-order-page").findElement(By.cssSelector("#order-title")).getText().contains("Galerie-Website"));
        JsonObject placed = http().get("api/v1/orders?limit=1", users.as(BEN, "en")).json().getJsonArray("items").getJsonObject(0);
        assertThat(placed.getJsonNumber("priceMinor").longValue()).isEqualTo(150000);
        assertThat(inner("ph-order-page").findElement(By.cssSelector(".card")).getText()).contains("1.500,00");

        // in English, "1.200,50" cannot be read: the form says how to type it and sends nothing
        app().findElement(By.cssSelector("#lang-en")).click();
        app().findElement(By.cssSelector("#nav-new-order")).click();
        SearchContext english = await(d -> {
            SearchContext f = inner("ph-order-form");
            return f.findElements(By.cssSelector("#q-business")).isEmpty() ? null : f;
        });
        english.findElement(By.cssSelector("#title")).sendKeys("Second site");
        english.findElement(By.cssSelector("#price")).sendKeys("1.200,50");
        await(d -> inner("ph-order-form").findElement(By.cssSelector("#price-echo")).getText().contains("1,500.00"));
        long count = ordersOf(BEN);
        english.findElement(By.cssSelector("#place")).click();
        await(d -> inner("ph-order-form").findElement(By.cssSelector("#err-priceMinor")).getText().contains("1,500.00"));
        assertThat(inner("ph-order-form").findElement(By.cssSelector(".problem")).getText()).contains("Price").doesNotContain("priceMinor");
        assertThat(ordersOf(BEN)).isEqualTo(count);
        english.findElement(By.cssSelector("#price")).clear();
        english.findElement(By.cssSelector("#price")).sendKeys("1,200.50");
        await(d -> inner("ph-order-form").findElement(By.cssSelector("#price-echo")).getText().contains("€1,200.50"));
    }

    @Test
    void eachPersonSeesOnlyTheActionsTheyMayTakeAndTheNextStepSaysWhoseTurnItIs() throws Exception {
        long account = davidsAccount();
        long website = websitePackage(BEN);
        JsonObject order = http().post("api/v1/orders", "{\"accountId\":" + account + ",\"packageId\":" + website
                + ",\"title\":\"Studio-Website\",\"priceMinor\":300000,\"currency\":\"EUR\","
                + "\"answers\":{\"business\":\"Fotostudio\",\"style\":\"modern\"}}", users.as(BEN, "en")).json();
        long orderId = order.getJsonNumber("id").longValue();
        String invoice = order.getJsonArray("invoices").getJsonObject(0).getString("number");

        // awaiting payment: the customer is told to pay that invoice, the agency that it waits
        signInAs(DAVID);
        openOrder(orderId);
        WebElement next = await(d -> inner("ph-order-page").findElement(By.cssSelector("#next-step")));
        assertThat(next.getDomAttribute("data-mine")).isEqualTo("true");
        assertThat(next.getText()).contains("Pay " + invoice).contains("€900.00");
        assertThat(http().post("api/demo/payments", "{\"invoiceNumber\":\"" + invoice + "\"}", users.as(DAVID, "en")).status())
                .isEqualTo(200);
        assertThat(http().post("api/v1/orders/" + orderId + "/milestones/1/delivery", "", users.as(PETRA, "en")).status()).isEqualTo(200);

        // Clara may only see invoices here: no Accept, no Request revision, no End order; she is told it waits for the review
        signInAs(CLARA);
        openOrder(orderId);
        await(d -> milestoneStatus(1).equals("DELIVERED"));
        SearchContext page = inner("ph-order-page");
        assertThat(page.findElements(By.cssSelector("#accept-1, #revision-1, #end, #deliver-1"))).isEmpty();
        assertThat(page.findElement(By.cssSelector("#next-step")).getText()).contains("Waiting for the customer to review");
        assertThat(page.findElements(By.cssSelector("#invoices tr"))).hasSize(1);

        // Ben (the agency) neither accepts nor delivers a provider milestone
        signInAs(BEN);
        openOrder(orderId);
        await(d -> milestoneStatus(1).equals("DELIVERED"));
        assertThat(inner("ph-order-page").findElements(By.cssSelector("#accept-1, #revision-1, #end, #deliver-1"))).isEmpty();

        // David reviews it; a double click on Send posts the message once
        signInAs(DAVID);
        openOrder(orderId);
        await(d -> milestoneStatus(1).equals("DELIVERED"));
        page = inner("ph-order-page");
        assertThat(page.findElements(By.cssSelector("#accept-1"))).hasSize(1);
        assertThat(page.findElements(By.cssSelector("#revision-1"))).hasSize(1);
        assertThat(page.findElement(By.cssSelector("#next-step")).getText()).contains("Review").contains("accepted automatically");
        page.findElement(By.cssSelector("#message")).sendKeys("Sieht gut aus!");
        new org.openqa.selenium.interactions.Actions(browser).doubleClick(page.findElement(By.cssSelector("#send-message"))).perform();
        await(d -> inner("ph-order-page").findElement(By.cssSelector("#messages")).getText().contains("Sieht gut aus!"));
        long conversation = order.getJsonNumber("conversationId").longValue();
        Thread.sleep(500); // a second post, if the button let one through, would have landed by now
        assertThat(http().get("api/v1/conversations/" + conversation + "/messages?limit=10", users.as(DAVID, "en")).json()
                .getJsonArray("items")).hasSize(1);

        // the accounts view offers David neither a second own account nor billing an agency he does not have
        app().findElement(By.cssSelector("#nav-accounts")).click();
        await(d -> inner("ph-accounts").findElement(By.cssSelector("#billing")).isDisplayed());
        assertThat(inner("ph-accounts").findElements(By.cssSelector("#open-account, #bill-to-agency"))).isEmpty();
    }

    @Test
    void theCustomerUploadsDocumentsTheAgencyHoldsAndResumesDeliversWithANoteAndGetsARevisionWithAReason() throws Exception {
        // an order of Anna's agency (placed by Ben) for David's account, paid: the workspace is where they work on it
        long account = davidsAccount();
        JsonObject order = http().post("api/v1/orders", "{\"accountId\":" + account + ",\"title\":\"Werkstatt-Seite\",\"priceMinor\":100000,"
                + "\"currency\":\"EUR\",\"milestones\":[{\"name\":\"Konzept\",\"days\":5,\"sharePercent\":50,\"includedRevisions\":1},"
                + "{\"name\":\"Umsetzung\",\"days\":5,\"sharePercent\":50}]}", users.as(BEN, "en")).json();
        long orderId = order.getJsonNumber("id").longValue();
        JsonObject invoice = order.getJsonArray("invoices").getJsonObject(0);
        assertThat(http().billingCallback("{\"invoiceNumber\":\"" + invoice.getString("number") + "\",\"amountMinor\":50000,"
                + "\"currency\":\"EUR\"}", "browser-docs-" + orderId).status()).isEqualTo(200);

        // Anna holds it (confirmed), the banner says why, Clara sees no hold button; Anna resumes
        signInAs(ANNA);
        app().findElement(By.cssSelector("#nav-orders")).click();
        openOrder(orderId);
        await(d -> inner("ph-order-page").findElement(By.cssSelector("#hold"))).click();
        assertThat(confirmation("ph-order-page")).contains("Put this order on hold?");
        confirm("ph-order-page");
        WebElement banner = await(d -> inner("ph-order-page").findElement(By.cssSelector("#on-hold")));
        assertThat(banner.getText()).contains("The agency put the order on hold");
        assertThat(inner("ph-order-page").findElements(By.cssSelector("#deliver-1"))).as("nothing is delivered while held").isEmpty();
        // a private note only the agency sees
        SearchContext notes = inner("ph-order-page").findElement(By.cssSelector("ph-order-notes")).getShadowRoot();
        notes.findElement(By.cssSelector("#note")).sendKeys("Warten auf die Freigabe der Preise");
        notes.findElement(By.cssSelector("#add-note")).click();
        await(d -> inner("ph-order-page").findElement(By.cssSelector("ph-order-notes")).getShadowRoot()
                .findElement(By.cssSelector("#notes")).getText().contains("Warten auf die Freigabe"));
        inner("ph-order-page").findElement(By.cssSelector("#resume")).click();
        await(d -> inner("ph-order-page").findElements(By.cssSelector("#on-hold")).isEmpty());
        assertThat(inner("ph-order-page").findElement(By.cssSelector("#history")).getText()).contains("order put on hold")
                .contains("order resumed").contains("Anna");

        // David (in German) uploads a document by picking it; it is listed with his name, and he sees no notes
        Path file = Files.createTempFile("Öffnungszeiten", ".txt");
        Files.writeString(file, "Mo-Fr 9-18 Uhr");
        signInAs(DAVID);
        app().findElement(By.cssSelector("#lang-de")).click();
        app().findElement(By.cssSelector("#nav-orders")).click();
        openOrder(orderId);
        SearchContext documents = await(d -> inner("ph-order-page").findElement(By.cssSelector("ph-order-documents")).getShadowRoot());
        await(d -> documents.findElement(By.cssSelector("#document-file")).isEnabled() ? documents.findElement(By.cssSelector("#document-file")) : null)
                .sendKeys(file.toString());
        await(d -> inner("ph-order-page").findElement(By.cssSelector("ph-order-documents")).getShadowRoot()
                .findElement(By.cssSelector("#documents")).getText().contains(file.getFileName().toString()));
        assertThat(inner("ph-order-page").findElement(By.cssSelector("ph-order-documents")).getShadowRoot()
                .findElement(By.cssSelector("#documents")).getText()).contains("David");
        assertThat(inner("ph-order-page").findElements(By.cssSelector("ph-order-notes"))).isEmpty();
        assertThat(inner("ph-order-page").findElements(By.cssSelector("#hold, #resume"))).isEmpty();
        JsonObject stored = http().get("api/v1/orders/" + orderId + "/documents", users.as(ANNA, "en")).json()
                .getJsonArray("items").getJsonObject(0);
        assertThat(stored.getString("sha256")).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest("Mo-Fr 9-18 Uhr".getBytes(java.nio.charset.StandardCharsets.UTF_8))));

        // Ben delivers with a note and a staging link; David reads both and asks for a revision with a reason
        signInAs(BEN);
        app().findElement(By.cssSelector("#nav-orders")).click();
        openOrder(orderId);
        deliver(1, "Konzept als PDF und Vorschau", "https://vorschau.example/werkstatt");
        await(d -> milestoneStatus(1).equals("DELIVERED"));
        signInAs(DAVID);
        app().findElement(By.cssSelector("#nav-orders")).click();
        openOrder(orderId);
        WebElement milestone = await(d -> inner("ph-order-page").findElement(By.cssSelector("li[data-position='1'] .delivery-note")));
        assertThat(milestone.getText()).contains("Konzept als PDF und Vorschau");
        assertThat(milestone.findElement(By.cssSelector("a")).getDomAttribute("href")).isEqualTo("https://vorschau.example/werkstatt");
        inner("ph-order-page").findElement(By.cssSelector("#revision-1")).click();
        WebElement form = await(d -> inner("ph-order-page").findElement(By.cssSelector("#revision-form-1")));
        form.findElement(By.cssSelector("#revision-confirm-1")).click();
        assertThat(milestoneStatus(1)).as("no reason, no revision: the browser asks for it").isEqualTo("DELIVERED");
        form.findElement(By.cssSelector("textarea[name=reason]")).sendKeys("Bitte mehr Platz für Fotos");
        form.findElement(By.cssSelector("#revision-confirm-1")).click();
        await(d -> milestoneStatus(1).equals("IN_PROGRESS"));
        String thread = await(d -> {
            String text = inner("ph-order-page").findElement(By.cssSelector("#messages")).getText();
            return text.contains("Bitte mehr Platz für Fotos") ? text : null;
        });
        assertThat(thread).contains("Lieferung Meilenstein 1").contains("Konzept als PDF und Vorschau").contains("Ben")
                .contains("Überarbeitung für Meilenstein 1 angefordert");
        assertThat(inner("ph-order-page").findElement(By.cssSelector("#history")).getText())
                .contains("Überarbeitung angefordert").contains("Bitte mehr Platz für Fotos").contains("Unterlage hochgeladen");
        screenshot("order-workspace-de");
        app().findElement(By.cssSelector("#lang-en")).click();
    }

    @Test
    void everyViewAndOrderHasItsOwnAddressThatBackForwardAndReloadKeep() throws Exception {
        long account = davidsAccount();
        JsonObject order = http().post("api/v1/orders", "{\"accountId\":" + account + ",\"packageId\":" + websitePackage(BEN)
                + ",\"title\":\"Adressen-Website\",\"priceMinor\":90000,\"currency\":\"EUR\","
                + "\"answers\":{\"business\":\"Kiosk\",\"style\":\"modern\"}}", users.as(BEN, "en")).json();
        long orderId = order.getJsonNumber("id").longValue();
        String number = order.getString("number");
        signInAs(DAVID);

        app().findElement(By.cssSelector("#nav-sites")).click();
        await(d -> d.getCurrentUrl().endsWith("?view=sites"));
        app().findElement(By.cssSelector("#nav-orders")).click();
        await(d -> d.getCurrentUrl().endsWith("?view=orders"));
        openOrder(orderId);
        await(d -> d.getCurrentUrl().endsWith("?view=order&order=" + orderId));

        // Back: the dashboard, then the sites; Forward: the dashboard again, then the order
        browser.navigate().back();
        await(d -> d.getCurrentUrl().endsWith("?view=orders") && !app().findElements(By.cssSelector("ph-order-dashboard")).isEmpty());
        browser.navigate().back();
        await(d -> d.getCurrentUrl().endsWith("?view=sites") && !app().findElements(By.cssSelector("ph-sites")).isEmpty());
        browser.navigate().forward();
        browser.navigate().forward();
        await(d -> inner("ph-order-page").findElement(By.cssSelector("#order-title")).getText().contains(number));

        // Reload keeps the place; a shared link opens it
        browser.navigate().refresh();
        await(d -> !app().findElements(By.cssSelector("ph-order-page")).isEmpty()
                && inner("ph-order-page").findElement(By.cssSelector("#order-title")).getText().contains(number));
        assertThat(browser.getCurrentUrl()).endsWith("?view=order&order=" + orderId);
        // the package's milestones and sub-steps follow the page's language, whichever language the order was placed in
        java.util.function.Supplier<String> first = () -> inner("ph-order-page").findElement(By.cssSelector("li[data-position='1']")).getText();
        await(d -> first.get().contains("Base version") && first.get().contains("Build the draft"));
        app().findElement(By.cssSelector("#lang-de")).click();
        await(d -> first.get().contains("Basisversion") && first.get().contains("Entwurf erstellen"));
        app().findElement(By.cssSelector("#lang-en")).click();
        await(d -> first.get().contains("Base version"));
        browser.get(base + "?view=sites");
        await(d -> !app().findElements(By.cssSelector("ph-sites")).isEmpty());
        assertThat(app().findElement(By.cssSelector("#nav-sites")).getDomAttribute("aria-current")).isEqualTo("page");
        assertThat(browser.getTitle()).matches("(Sites|Websites) – Partner Hub");
    }

    /**
     * Elements, through the shadow roots, that reach past the right edge of the window: what makes a page scroll
     * sideways. Headings kept for screen readers only (clipped to nothing) do not count.
     */
    @SuppressWarnings("unchecked")
    private List<String> overflowing() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const out = []; const w = document.documentElement.clientWidth;"
                        + "const walk = root => root.querySelectorAll('*').forEach(e => {"
                        + "  const r = e.getBoundingClientRect();"
                        + "  if (r.width > 0 && r.right > w + 1 && !e.closest('thead, .visually-hidden') && out.length < 5) out.push(e.tagName + (e.id ? '#' + e.id : '') + ' ' + Math.round(r.right) + 'px: ' + (e.textContent || '').trim().slice(0, 40));"
                        + "  if (e.shadowRoot) walk(e.shadowRoot); });"
                        + "walk(document);"
                        + "if (document.documentElement.scrollWidth > w) out.push('page scrollWidth ' + document.documentElement.scrollWidth + ' > ' + w);"
                        + "return out;");
    }

    @Test
    void onAPhoneEveryViewFitsTheScreenAndTablesBecomeCards() throws Exception {
        ((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        // an order in David's shop, placed by Ben, so the dashboard and the order page have content
        assertThat(http().post("api/v1/orders", "{\"accountId\":" + davidsAccount() + ",\"packageId\":" + websitePackage(BEN)
                + ",\"title\":\"Eine sehr lange Bezeichnung für die neue Website der Werkstatt mit Reparaturservice\","
                + "\"priceMinor\":250000,\"currency\":\"EUR\",\"answers\":{\"business\":\"Fahrräder\",\"style\":\"modern\"}}",
                users.as(BEN, "en")).status()).isEqualTo(201);
        List<String> problems = new java.util.ArrayList<>();
        for (String[] who : List.of(new String[] {BEN, "en"}, new String[] {DAVID, "de"}, new String[] {ADMIN, "en"},
                new String[] {PETRA, "de"})) {
            signInAs(who[0]);
            app().findElement(By.cssSelector("#lang-" + who[1])).click();
            assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.innerWidth")).intValue())
                    .isEqualTo(390);
            List<String> views = app().findElements(By.cssSelector("nav button[id^='nav-']")).stream().map(b -> b.getDomAttribute("id")).toList();
            for (String view : views) {
                app().findElement(By.cssSelector("#" + view)).click();
                await(d -> focused().startsWith("H2#"));
                Thread.sleep(300); // the view's list arrives after its heading
                overflowing().forEach(o -> problems.add(who[0] + " " + view + ": " + o));
            }
            app().findElement(By.cssSelector("#nav-orders")).click();
            await(d -> "false".equals(app().findElement(By.cssSelector("ph-order-dashboard")).getDomAttribute("aria-busy")));
            if (inner("ph-order-dashboard").findElements(By.cssSelector("tbody tr")).isEmpty()) {
                assertThat(who[0]).as("the agency and the customer see the order just placed").isNotIn(BEN, DAVID);
                continue;
            }
            WebElement dashboard = inner("ph-order-dashboard").findElement(By.cssSelector("tbody tr"));
            // a table row is a card: its cells stand below each other, each with its column's name
            WebElement cell = dashboard.findElements(By.cssSelector("td")).get(1);
            assertThat(cell.getCssValue("display")).isEqualTo("block");
            assertThat(cell.getDomAttribute("data-label")).isIn("Customer", "Kunde");
            if (who[0].equals(BEN)) {
                screenshot("phone-dashboard-en");
            }
            inner("ph-order-dashboard").findElement(By.cssSelector("button.open")).click();
            await(d -> focused().startsWith("H2#order-title"));
            Thread.sleep(300);
            overflowing().forEach(o -> problems.add(who[0] + " order page: " + o));
            if (who[0].equals(DAVID)) {
                screenshot("phone-order-page-de");
            }
        }
        assertThat(problems).as("nothing reaches past a 390 px screen").isEmpty();
    }

    /** The deepest focused element's tag and id, through the shadow roots. */
    private String focused() {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;"
                        + "return a ? a.tagName + '#' + (a.id || '') + ':' + (a.textContent || '').trim().slice(0, 60) : '';");
    }

    /** axe-core's WCAG 2.x A/AA and best-practice rules on the page as it is, through the shadow roots. */
    private List<String> axeViolations(String axe, String where) {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
        js.executeScript(axe);
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa',"
                + " 'best-practice']}}).then(r => done(r.violations.map(v => arguments[0] + ': ' + v.id + ' ' +"
                + " v.nodes.map(n => n.target.join(' > ')).join(', '))))", where);
        return found;
    }

    @Test
    void everyMainViewPassesAxeInBothLanguagesAndTheKeyboardLandsOnEachViewsHeading() throws Exception {
        String axe;
        try (var in = getClass().getClassLoader().getResourceAsStream("axe.min.js")) {
            assertThat(in).as("axe-core on the test class path").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long account = davidsAccount();
        http().post("api/v1/orders", "{\"accountId\":" + account + ",\"packageId\":" + websitePackage(BEN)
                + ",\"title\":\"Barrierefreie Website\",\"priceMinor\":120000,\"currency\":\"EUR\","
                + "\"answers\":{\"business\":\"Café\",\"style\":\"modern\"}}", users.as(BEN, "en")).json();
        List<String> violations = new java.util.ArrayList<>();
        for (String who : List.of(ANNA, DAVID, PETRA, ADMIN)) {
            signInAs(who);
            for (String language : List.of("en", "de")) {
                app().findElement(By.cssSelector("#lang-" + language)).click();
                List<String> views = app().findElements(By.cssSelector("nav button[id^='nav-']")).stream()
                        .map(b -> b.getDomAttribute("id")).toList();
                assertThat(views).contains("nav-orders", "nav-sites", "nav-settings");
                for (String view : views) {
                    app().findElement(By.cssSelector("#" + view)).click();
                    // the focus moves to the view's heading, as a screen reader user expects after navigation
                    try {
                        await(d -> focused().startsWith("H2#"));
                    } catch (org.openqa.selenium.TimeoutException e) {
                        throw new AssertionError(who + " " + language + " " + view + ": the focus is on " + focused(), e);
                    }
                    violations.addAll(axeViolations(axe, who + " " + language + " " + view));
                }
                app().findElement(By.cssSelector("#nav-orders")).click();
                List<WebElement> orders = await(d -> inner("ph-order-dashboard").findElements(By.cssSelector("button.open")));
                if (!orders.isEmpty()) {
                    orders.get(0).click();
                    await(d -> focused().startsWith("H2#order-title"));
                    violations.addAll(axeViolations(axe, who + " " + language + " order page"));
                }
            }
        }
        assertThat(violations).isEmpty();

        // one h1; the first Tab stop skips the navigation to the view's heading; the focus ring stands out 3:1 or more
        signInAs(DAVID);
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
        assertThat(js.executeScript("const all = []; const walk = r => { r.querySelectorAll('*').forEach(e => {"
                + " if (e.tagName === 'H1') all.push(e.textContent.trim()); if (e.shadowRoot) walk(e.shadowRoot); }); };"
                + " walk(document); return all;")).isEqualTo(List.of("Partner Hub"));
        app().findElement(By.cssSelector("#nav-sites")).click();
        await(d -> focused().startsWith("H2#"));
        browser.navigate().refresh();
        await(d -> app().findElements(By.cssSelector("#me")).size() == 1);
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        assertThat(focused()).startsWith("A#skip");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        await(d -> focused().startsWith("H2#"));
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        @SuppressWarnings("unchecked")
        List<Object> ring = (List<Object>) js.executeScript("let a = document.activeElement; while (a.shadowRoot && "
                + "a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; const s = getComputedStyle(a);"
                + " return [s.outlineStyle, s.outlineWidth, s.outlineColor, getComputedStyle(document.body).backgroundColor,"
                + " getComputedStyle(document.documentElement).backgroundColor];");
        assertThat(ring.get(0)).isEqualTo("solid");
        assertThat(ring.get(1)).isEqualTo("3px");
        double page = contrast((String) ring.get(2), (String) ring.get(4));
        assertThat(page).as("focus ring " + ring.get(2) + " on the page " + ring.get(4)).isGreaterThanOrEqualTo(3.0);
        assertThat(contrast((String) ring.get(2), "rgb(255, 255, 255)")).as("on a white card").isGreaterThanOrEqualTo(3.0);
    }

    /** WCAG's contrast ratio of two CSS rgb()/rgba() colours. */
    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9.,]", "").split(",");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(parts[i]) / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
