import { css, html } from 'lit';
import { Api } from './api.js';
import { PhElement } from './base.js';
import { currentLanguage, setLanguage, t, dateTime } from './i18n.js';
import './ph-order-dashboard.js';
import './ph-order-page.js';
import './ph-inbox.js';
import './ph-order-form.js';
import './ph-sites.js';
import './ph-accounts.js';
import './ph-packages.js';
import './ph-notifications.js';
import './ph-integrations.js';
import './ph-contacts.js';
import './ph-clients.js';

const USER_KEY = 'partnerhub.demoUser';
// a bell drawn with the text's colour (no emoji font needed), hidden from screen readers: the label says it
const BELL = html`<svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16" style="vertical-align:-2px"><path fill="currentColor" d="M8 16a2 2 0 0 0 2-2H6a2 2 0 0 0 2 2zm5-5V7a5 5 0 0 0-4-4.9V1a1 1 0 0 0-2 0v1.1A5 5 0 0 0 3 7v4l-2 2v1h14v-1z"/></svg>`;

/**
 * The embedded default's page: a user switcher over the demo users (tokens from the demo issuer), a
 * language switch, and the same elements the portlets render inside Liferay.
 */
export class PhApp extends PhElement {
  static properties = { _users: { state: true }, _user: { state: true }, _view: { state: true }, _orderId: { state: true },
    _clock: { state: true }, _unread: { state: true } };

  constructor() {
    super();
    this._view = 'orders';
    this._token = null;
    const base = new URL('.', document.baseURI).href.replace(/\/$/, '');
    this._demo = new Api(base, async () => null, currentLanguage);
    this._base = base;
    this.addEventListener('ph-open-order', e => { this._orderId = e.detail; this._view = 'order'; });
    this.addEventListener('ph-back', () => { this._view = 'orders'; });
    this.addEventListener('ph-navigate', e => this.follow(e.detail));
    this.addEventListener('ph-notifications-read', () => this.refreshUnread());
    // Back and Forward: the address says which view (and order) to show
    this._onPopState = () => {
      this._restoring = true;
      this.follow(location.search || '?view=orders');
      this.updateComplete.then(() => { this._restoring = false; });
    };
  }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('popstate', this._onPopState);
  }

  /** The address of what is shown: ?view=sites, ?view=order&order=7 — the form the service's links use too. */
  address() {
    return this._view === 'order' ? `?view=order&order=${this._orderId}` : `?view=${this._view}`;
  }

  /** Opens a link of the form the service's notifications and e-mails carry: {@code ?view=order&order=7}. */
  follow(link) {
    const params = new URLSearchParams((link || '').replace(/^[^?]*/, ''));
    const view = params.get('view');
    const order = Number(params.get('order'));
    if (view === 'order' && order > 0) {
      this._orderId = order;
      this._view = 'order';
    } else if (['orders', 'new-order', 'inbox', 'sites', 'accounts', 'packages', 'notifications', 'settings', 'mailbox', 'integrations', 'contacts', 'clients'].includes(view)) {
      this._view = view;
    } else if (view === 'dashboard') {
      this._view = 'orders';
    }
    this.refreshUnread();
  }

  async refreshUnread() {
    if (!this.api) return;
    try {
      this._unread = (await this.api.get('/api/v1/notifications/unread-count')).unread;
    } catch (e) {
      // the count is a hint; the list itself shows any problem
    }
  }

  disconnectedCallback() {
    window.removeEventListener('popstate', this._onPopState);
    clearInterval(this._poll);
    super.disconnectedCallback();
  }

  async firstUpdated() {
    document.documentElement.lang = currentLanguage();
    try {
      this._users = await this._demo.get('/api/demo/users');
    } catch (e) {
      // outside the embedded default there is no demo issuer: the screens live in the portal's portlets
      this._production = true;
      this.requestUpdate();
      return;
    }
    const remembered = sessionStorage.getItem(USER_KEY);
    if (remembered) await this.signIn(remembered);
  }

  async signIn(email) {
    if (!email) return;
    // the remembered user may still be signing in when another is picked: only the latest pick counts
    const attempt = this._signIns = (this._signIns || 0) + 1;
    const token = await this.run(() => this._demo.post('/api/demo/tokens', { email }));
    if (!token || attempt !== this._signIns) return;
    const api = new Api(this._base, async () => token.token, currentLanguage);
    const me = await this.run(() => api.get('/api/v1/me'));
    if (!me || attempt !== this._signIns) return;
    this._token = token.token;
    sessionStorage.setItem(USER_KEY, email);
    this.api = api;
    this.me = me;
    this._user = email;
    this._view = 'orders';
    // a link from an e-mail (?view=order&order=7) opens its place once signed in
    if (location.search && !this._followedStart) {
      this._followedStart = true;
      // arriving at an address is no move: the focus stays at the page's start
      this._arriving = true;
      this.follow(location.search);
      this.updateComplete.then(() => { this._arriving = false; });
    }
    this.refreshUnread();
    clearInterval(this._poll);
    this._poll = setInterval(() => this.refreshUnread(), 30000);
  }

  async advanceClock(by) {
    const clock = await this.run(() => this._demo.post('/api/demo/clock', { advanceBy: by }));
    if (clock) this._clock = clock.now;
  }

  static styles = [PhElement.styles, css`
    .app-title { font-size: 1.5rem; margin: 0; }
    /* the views as Lexicon's underlined navigation: the current one dark and underlined in the primary colour */
    nav.row { border-bottom: 1px solid var(--ph-color-border, #e7e7ed); gap: 0 .25rem; align-items: center; }
    nav > button, nav > button.secondary { background: transparent; border: 0; border-bottom: 2px solid transparent; border-radius: 0;
      color: var(--ph-color-text-muted, #6b6c7e); padding: .5rem .75rem; }
    nav > button:hover { background: var(--ph-color-surface-alt, #f7f8f9); color: var(--ph-color-text, #272833); }
    nav > button[aria-current='page'] { color: var(--ph-color-text, #272833); border-bottom-color: var(--ph-color-primary, #0b5fff); }
    /* a count: Lexicon's badge, a filled pill */
    nav .badge { background: var(--ph-color-primary, #0b5fff); border-color: var(--ph-color-primary, #0b5fff); color: #fff; border-radius: 1rem; }
    header [role='group'] button { margin-left: .25rem; }
    .skip-link { position: absolute; left: -999px; top: 0; background: var(--ph-color-surface, #fff); padding: .5rem .75rem; }
    .skip-link:focus { left: .5rem; z-index: 10; }
  `];

  /** After a move to another view (not the first render): the view's heading gets the focus, the page its title. */
  updated(changed) {
    super.updated?.(changed);
    // the first render has no earlier view: the page's own focus stays where it is
    const moved = (changed.has('_view') && changed.get('_view') !== undefined)
      || (changed.has('_orderId') && this._view === 'order');
    if (moved && this.me) {
      // every view has its own address: a new entry per move, none when Back or Forward brought it
      if (!this._restoring && this.address() !== location.search) {
        history.pushState(null, '', this.address());
      }
      this._restoring = false;
      document.title = `${t(this._view === 'order' ? 'nav.orders' : 'nav.' + (this._view === 'new-order' ? 'newOrder' : this._view))} – ${t('app.title')}`;
      if (!this._arriving) this.focusView();
    }
  }

  /** A move to a view from the navigation; the one already shown gets the focus on its heading again. */
  go(view) {
    if (this._view === view) {
      this.focusView();
    } else {
      this._view = view;
    }
  }

  /** Focuses the heading of the view shown (its element may still be loading: a few frames are waited for). */
  async focusView() {
    for (let attempt = 0; attempt < 100; attempt++) {
      // polled, not awaited: a view that loads as it starts may not settle for a while
      const view = this.renderRoot.querySelector('#view > *');
      const heading = view?.shadowRoot?.querySelector('h2');
      if (heading) {
        heading.setAttribute('tabindex', '-1');
        heading.focus();
        return;
      }
      await new Promise(resolve => setTimeout(resolve, 50));
    }
  }

  /** The newcomer's start: who to be first and what to try as them, each a click away. */
  renderWelcome() {
    const tries = [['clara@kunde-eins.example', 'de', 'welcome.clara'], ['anna@agentur-beispiel.example', 'en', 'welcome.anna'],
      ['petra@hoster.example', 'de', 'welcome.petra'], ['admin@hoster.example', 'en', 'welcome.admin']];
    return html`<section class="card" id="signed-out" aria-labelledby="welcome-title">
      <h2 id="welcome-title">${t('welcome.title')}</h2>
      <p>${t('app.signedOut')}</p>
      <ol id="try-first">${tries.map(([email, language, key]) => html`<li><p>${t(key)}</p>
        <button class="secondary" data-email=${email} @click=${() => { setLanguage(language); this.signIn(email); }}>
          ${t('welcome.as', (this._users || []).find(u => u.email === email)?.displayName || email)}</button></li>`)}</ol>
    </section>`;
  }

  /** Links for those who run the service, in the page's language. */
  renderOperators() {
    return html`<section class="card" aria-labelledby="ops"><h2 id="ops">${t('ops.title')}</h2><ul>
      <li><a href="openapi">${t('ops.openapi')}</a></li>
      <li><a href="health">${t('ops.health')}</a> (<a href="health/live">${t('ops.live')}</a>, <a href="health/ready">${t('ops.ready')}</a>)</li>
      <li><a href="metrics">${t('ops.metrics')}</a></li></ul></section>`;
  }

  render() {
    if (this._production) {
      return html`<p id="production">${t('app.production')}</p>${this.renderOperators()}`;
    }
    const agency = this.hasRole('AGENCY_MEMBER');
    return html`
      <!-- the page's <main id="content"> holds the app; the link takes the focus on to the view's heading -->
      <a class="skip-link" id="skip" href="#content" @click=${e => { e.preventDefault(); this.focusView(); }}>${t('app.skip')}</a>
      <header class="row" style="justify-content: space-between">
        <div><h1 class="app-title">${t('app.title')}</h1><div class="muted">${t('app.demo')}</div></div>
        <label>${t('app.user')}
          <select id="user" @change=${e => this.signIn(e.target.value)}>
            <option value="">${t('app.pickUser')}</option>
            ${(this._users || []).map(u => html`<option value=${u.email} ?selected=${u.email === this._user}>
              ${u.displayName} (${u.email})</option>`)}
          </select></label>
        <div role="group" aria-label=${t('app.language')}>
          <button id="lang-de" class=${currentLanguage() === 'de' ? '' : 'secondary'} aria-pressed=${currentLanguage() === 'de'}
            @click=${() => setLanguage('de')}>Deutsch</button>
          <button id="lang-en" class=${currentLanguage() === 'en' ? '' : 'secondary'} aria-pressed=${currentLanguage() === 'en'}
            @click=${() => setLanguage('en')}>English</button>
        </div>
      </header>
      ${this.renderState()}
      ${this.me ? html`
        <nav class="row" aria-label="Partner Hub">
          <button id="nav-orders" class=${['orders', 'order'].includes(this._view) ? '' : 'secondary'}
            aria-current=${['orders', 'order'].includes(this._view) ? 'page' : 'false'}
            @click=${() => this.go('orders')}>${t('nav.orders')}</button>
          ${agency ? html`<button id="nav-new-order" class=${this._view === 'new-order' ? '' : 'secondary'}
            aria-current=${this._view === 'new-order' ? 'page' : 'false'} @click=${() => this.go('new-order')}>${t('nav.newOrder')}</button>
            <button id="nav-contacts" class=${this._view === 'contacts' ? '' : 'secondary'}
            aria-current=${this._view === 'contacts' ? 'page' : 'false'} @click=${() => this.go('contacts')}>${t('nav.contacts')}</button>
            <button id="nav-clients" class=${this._view === 'clients' ? '' : 'secondary'}
            aria-current=${this._view === 'clients' ? 'page' : 'false'} @click=${() => this.go('clients')}>${t('nav.clients')}</button>` : ''}
          <button id="nav-notifications" class=${this._view === 'notifications' ? '' : 'secondary'}
            aria-current=${this._view === 'notifications' ? 'page' : 'false'}
            aria-label=${t('nav.notifications') + (this._unread ? ' – ' + t('notifications.bell', this._unread) : '')}
            @click=${() => { this.go('notifications'); this.refreshUnread(); }}>${BELL} ${t('nav.notifications')}${this._unread
              ? html` <span class="badge" id="unread-count">${this._unread}</span>` : ''}</button>
          ${(this.hasRole('ADMIN') || (this.me.agencies || []).some(a => a.memberRole === 'OWNER')
            ? ['packages', 'sites', 'accounts', 'inbox', 'integrations', 'settings', 'mailbox']
            : ['packages', 'sites', 'accounts', 'inbox', 'settings', 'mailbox']).map(v => html`<button id=${'nav-' + v} class=${this._view === v ? '' : 'secondary'}
            aria-current=${this._view === v ? 'page' : 'false'} @click=${() => this.go(v)}>${t('nav.' + v)}</button>`)}
          <span role="group" aria-label=${t('demo.clock')}>${t('demo.clock')}:
            <button class="secondary" id="clock-day" @click=${() => this.advanceClock('P1D')}>${t('demo.plusDay')}</button>
            <button class="secondary" id="clock-review" @click=${() => this.advanceClock('P8DT1M')}>${t('demo.plusReview')}</button>
            ${this._clock ? html`<span class="muted" id="clock-now">${dateTime(this._clock)}</span>` : ''}</span>
          <span class="muted" id="me" data-email=${this._user}>${this.me.displayName} · ${(this.me.roles || []).map(r => t('role.' + r)).join(', ') || t('party.CUSTOMER')}</span>
        </nav>
        <div id="view">
        ${this._view === 'orders' ? html`<ph-order-dashboard .api=${this.api} .me=${this.me}></ph-order-dashboard>` : ''}
        ${this._view === 'order' ? html`<ph-order-page .api=${this.api} .me=${this.me} demo order-id=${this._orderId}></ph-order-page>` : ''}
        ${this._view === 'new-order' ? html`<ph-order-form .api=${this.api} .me=${this.me}></ph-order-form>` : ''}
        ${this._view === 'inbox' ? html`<ph-inbox .api=${this.api} .me=${this.me}></ph-inbox>` : ''}
        ${this._view === 'sites' ? html`<ph-sites .api=${this.api} .me=${this.me}></ph-sites>` : ''}
        ${this._view === 'accounts' ? html`<ph-accounts .api=${this.api} .me=${this.me}></ph-accounts>` : ''}
        ${this._view === 'packages' ? html`<ph-packages .api=${this.api} .me=${this.me}></ph-packages>` : ''}
        ${this._view === 'notifications' ? html`<ph-notifications .api=${this.api} .me=${this.me}></ph-notifications>` : ''}
        ${this._view === 'settings' ? html`<ph-notification-settings .api=${this.api} .me=${this.me}></ph-notification-settings>` : ''}
        ${this._view === 'mailbox' ? html`<ph-mailbox .api=${this.api} .me=${this.me}></ph-mailbox>` : ''}
        ${this._view === 'integrations' ? html`<ph-integrations .api=${this.api} .me=${this.me}></ph-integrations>` : ''}
        ${this._view === 'contacts' ? html`<ph-contacts .api=${this.api} .me=${this.me}></ph-contacts>` : ''}
        ${this._view === 'clients' ? html`<ph-clients .api=${this.api} .me=${this.me}></ph-clients>` : ''}
        </div>`
      : this.renderWelcome()}
      ${this.renderOperators()}`;
  }
}
customElements.define('ph-app', PhApp);
