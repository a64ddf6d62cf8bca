package com.partnerhub.portal.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.frontend.js.importmaps.extender.JSImportMapsContributor;
import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.servlet.ServletContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A portal page in Chromium as Liferay 7.4 builds it: the import map the connector's contributor adds (scoped to the
 * connector's URLs, beside another module's global {@code lit}), the browser code served from the connector bundle,
 * and the portlet's markup taken from its view.jsp. The portlet is brought in the way Liferay's single-page
 * navigation does it — content put into the page and its scripts run one by one, module scripts skipped as some 7.4
 * releases do — and must come alive there, as on a full page load.
 */
class PortletPageIT {

	private static final String CONTEXT = "/o/partner-hub";

	private HttpServer _server;
	private WebDriver _browser;
	private final List<String> _tokenRequests = new CopyOnWriteArrayList<>();
	private String _base;

	@BeforeEach
	void start() throws Exception {
		File connector = PortalContainerIT.bundleFile("partner-hub-connector");
		String importMap = importMap(connector);
		String portlet = portletMarkup(PortalContainerIT.bundleFile("partner-hub-orders-web"));

		_server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		_server.createContext(CONTEXT + "/", exchange -> serveFromBundle(exchange, connector));
		_server.createContext("/token", exchange -> {
			_tokenRequests.add(exchange.getRequestURI().toString());
			send(exchange, 200, "application/json", "{\"token\":\"t\",\"expiresAt\":4102444800}");
		});
		_server.createContext("/web/guest/", exchange -> {
			String body = exchange.getRequestURI().getPath().endsWith("/orders") ? portlet : "<p>Welcome</p>";
			send(exchange, 200, "text/html; charset=UTF-8",
				"<!DOCTYPE html><html><head><script type=\"importmap\">" + importMap + "</script></head>" +
					"<body><div id=\"content\">" + body + "</div></body></html>");
		});
		_server.createContext("/api/", exchange -> send(exchange, 401, "application/problem+json", "{\"status\":401}"));
		_server.start();
		_base = "http://127.0.0.1:" + _server.getAddress().getPort();

		ChromeOptions options = new ChromeOptions();

		options.setBinary(new File(System.getProperty("chromium.binary", "/usr/bin/chromium")));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync");
		_browser = new ChromeDriver(
			new ChromeDriverService.Builder().usingDriverExecutable(
				new File(System.getProperty("chromium.driver", "/usr/bin/chromedriver"))).build(),
			options);
	}

	@AfterEach
	void stop() {
		if (_browser != null) {
			_browser.quit();
		}

		if (_server != null) {
			_server.stop(0);
		}
	}

	@Test
	void thePortletComesAliveOnAFullPageLoad() {
		_browser.get(_base + "/web/guest/orders");

		awaitLive();
	}

	@Test
	void thePortletComesAliveWhenSinglePageNavigationBringsItIn() {
		_browser.get(_base + "/web/guest/home");
		assertThat(script("return customElements.get('ph-portlet') === undefined")).isEqualTo(true);

		navigateInPage("/web/guest/orders");

		awaitLive();
		assertThat(script("return document.querySelectorAll('ph-portlet').length")).isEqualTo(1L);
	}

	@Test
	void aModuleScriptInTheMarkupWouldNotHaveBeenRun() {
		// the control: the view's former markup stays dead after in-page navigation
		_browser.get(_base + "/web/guest/home");

		String moduleMarkup = "<ph-portlet view=\"orders\" token-url=\"/token\"></ph-portlet>" +
			"<script type=\"module\" src=\"" + CONTEXT + "/partner-hub/ui/ph-portlet.js\"></script>";

		script("document.getElementById('content').innerHTML = arguments[0];" + RUN_SCRIPTS, moduleMarkup);
		sleep(1500);

		assertThat(script("return customElements.get('ph-portlet') === undefined")).isEqualTo(true);
		assertThat(_tokenRequests).isEmpty();
	}

	/** What Liferay's SPA does with a page it fetched: the content swapped in, then its scripts run in order. */
	private void navigateInPage(String path) {
		asyncScript(
			"const done = arguments[arguments.length - 1];" +
				"fetch(arguments[0]).then(r => r.text()).then(text => {" +
				"  const page = new DOMParser().parseFromString(text, 'text/html');" +
				"  document.getElementById('content').innerHTML = page.getElementById('content').innerHTML;" +
				"  history.pushState({}, '', arguments[0]);" + RUN_SCRIPTS + " done(); });",
			path);
	}

	/**
	 * Liferay's runScriptsInElement as some 7.4 releases have it: a script without a type or of type text/javascript
	 * is run again as a new element in the head; any other type (module included) is skipped.
	 */
	private static final String RUN_SCRIPTS =
		"for (const old of Array.from(document.getElementById('content').querySelectorAll('script'))) {" +
			"  old.remove();" +
			"  if (old.type && old.type !== 'text/javascript') continue;" +
			"  const run = document.createElement('script');" +
			"  if (old.src) { run.src = old.src; } else { run.text = old.text; }" +
			"  document.head.appendChild(run);" +
			"}";

	private void awaitLive() {
		new WebDriverWait(_browser, Duration.ofSeconds(20)).until(
			driver -> Boolean.TRUE.equals(script("return customElements.get('ph-portlet') !== undefined")) &&
				!_tokenRequests.isEmpty());

		// the element asked the portlet's resource URL for a token: the code runs and reads the markup's attributes
		assertThat(_tokenRequests.get(0)).contains("p_p_resource_id=%2Fpartner-hub%2Ftoken");
		assertThat(script("return document.querySelector('ph-portlet').shadowRoot !== null")).isEqualTo(true);
	}

	private Object script(String code, Object... args) {
		return ((JavascriptExecutor)_browser).executeScript(code, args);
	}

	private Object asyncScript(String code, Object... args) {
		return ((JavascriptExecutor)_browser).executeAsyncScript(code, args);
	}

	/**
	 * The import map the portal writes: the connector's contributor as the extender reads it, its entries under its
	 * scope, and another module's global {@code lit} that must not be the one Partner Hub gets.
	 */
	private static String importMap(File connector) throws Exception {
		Map<String, Object> entries = new java.util.LinkedHashMap<>();
		JSONObject recording = mock(JSONObject.class, invocation -> {
			if (invocation.getMethod().getName().equals("put")) {
				entries.put(invocation.getArgument(0), invocation.getArgument(1));
			}

			return invocation.getMock();
		});
		JSONFactory jsonFactory = mock(JSONFactory.class);

		when(jsonFactory.createJSONObject()).thenReturn(recording);

		ServletContext servletContext = mock(ServletContext.class);

		when(servletContext.getContextPath()).thenReturn(CONTEXT);

		try (URLClassLoader loader = new URLClassLoader(new URL[] {connector.toURI().toURL()},
				PortletPageIT.class.getClassLoader())) {

			Class<?> type = loader.loadClass("com.partnerhub.portal.connector.web.PartnerHubJSImportMapsContributor");
			JSImportMapsContributor contributor = (JSImportMapsContributor)type.getConstructor().newInstance();

			set(contributor, "_jsonFactory", jsonFactory);
			set(contributor, "_servletContext", servletContext);

			contributor.getImportMapsJSONObject();

			assertThat(contributor.getScope()).isEqualTo(CONTEXT + "/");

			StringBuilder scoped = new StringBuilder();

			entries.forEach((key, value) -> scoped.append(scoped.length() == 0 ? "" : ",")
				.append('"').append(key).append("\":\"").append(value).append('"'));

			return "{\"imports\":{\"lit\":\"/o/another-module/no-such-lit.js\"},\"scopes\":{\"" +
				contributor.getScope() + "\":{" + scoped + "}}}";
		}
	}

	private static void set(Object target, String field, Object value) throws Exception {
		java.lang.reflect.Field declared = target.getClass().getDeclaredField(field);

		declared.setAccessible(true);
		declared.set(target, value);
	}

	/** The view.jsp's markup as the portal renders it, its expressions filled in as the display context would. */
	private static String portletMarkup(File bundle) throws IOException {
		String jsp;

		try (JarFile jar = new JarFile(bundle)) {
			jsp = new String(jar.getInputStream(jar.getEntry("META-INF/resources/view.jsp")).readAllBytes(),
				StandardCharsets.UTF_8);
		}

		Map<String, String> values = Map.of(
			"getLanguageId", "de-DE", "getServiceURL", "", "getView", "orders",
			"getTokenURL", "/token?p_p_id=orders&p_p_lifecycle=2&p_p_resource_id=%2Fpartner-hub%2Ftoken",
			"getScriptURL", CONTEXT + "/partner-hub/ui/ph-portlet.js?v=test");

		String markup = jsp.replaceAll("(?s)<%--.*?--%>", "").replaceAll("(?s)<%@.*?%>", "")
			.replaceAll("<portlet:defineObjects />", "").replaceAll("(?s)<%\\s.*?%>", "");
		Matcher expression = Pattern.compile("<%= HtmlUtil\\.escape(?:Attribute|JS)\\(partnerHubDisplayContext\\.(\\w+)\\(\\)\\) %>")
			.matcher(markup);
		StringBuilder filled = new StringBuilder();

		while (expression.find()) {
			expression.appendReplacement(filled, Matcher.quoteReplacement(values.get(expression.group(1))));
		}

		expression.appendTail(filled);

		assertThat(filled.toString()).doesNotContain("<%").contains("<ph-portlet").contains("<script");

		return filled.toString().trim();
	}

	private static void serveFromBundle(HttpExchange exchange, File bundle) throws IOException {
		String path = "META-INF/resources" + exchange.getRequestURI().getPath().substring(CONTEXT.length());

		try (JarFile jar = new JarFile(bundle)) {
			JarEntry entry = jar.getJarEntry(path);

			if (entry == null || entry.isDirectory()) {
				send(exchange, 404, "text/plain", "not found");

				return;
			}

			try (InputStream in = jar.getInputStream(entry)) {
				send(exchange, 200, path.endsWith(".js") ? "text/javascript" : "application/octet-stream",
					in.readAllBytes());
			}
		}
	}

	private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
		send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
	}

	private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException interruptedException) {
			Thread.currentThread().interrupt();
		}
	}

}
