import { html } from 'lit';
import { PhElement } from './base.js';
import { t, dateTime, currentLanguage } from './i18n.js';

const CHOICES = ['BOTH', 'EMAIL', 'PORTAL', 'NONE'];

/** The bell's list: newest first, unread marked, each opening what it is about. */
export class PhNotifications extends PhElement {
  static properties = { _items: { state: true }, _next: { state: true } };

  updated(changed) {
    if (changed.has('api') && this.api) this.load();
  }

  async load(cursor) {
    const page = await this.run(() => this.api.get('/api/v1/notifications' + (cursor ? '?cursor=' + encodeURIComponent(cursor) : '')));
    if (!page) return;
    this._items = cursor ? [...this._items, ...page.items] : page.items;
    this._next = page.nextCursor;
  }

  async open(n) {
    if (!n.readAt) await this.perform(() => this.api.post(`/api/v1/notifications/${n.id}/read`, {}));
    this.dispatchEvent(new CustomEvent('ph-navigate', { detail: n.link, bubbles: true, composed: true }));
  }

  async readAll() {
    if (await this.perform(() => this.api.post('/api/v1/notifications/read-all', {}), t('notifications.allRead'))) {
      await this.load();
      this.dispatchEvent(new CustomEvent('ph-notifications-read', { bubbles: true, composed: true }));
    }
  }

  render() {
    const items = this._items || [];
    return html`
      <h2>${t('notifications.title')}</h2>
      ${this.renderState()}
      ${items.some(n => !n.readAt) ? html`<div class="row"><button class="secondary" id="read-all" ?disabled=${this._busy}
        @click=${() => this.readAll()}>${t('notifications.readAll')}</button></div>` : ''}
      ${this._items && items.length === 0 ? html`<p class="muted" id="empty">${t('notifications.empty')}</p>` : ''}
      <ul style="list-style:none;padding:0;margin:0">
        ${items.map(n => html`<li class="card" data-notification=${n.id} data-kind=${n.kind}>
          ${n.readAt ? '' : html`<span class="badge warn">${t('notifications.unread')}</span>`}
          <span class="badge">${t('kind.' + n.kind)}</span>
          <strong class="title">${(n.titles || {})[currentLanguage()] || n.title}</strong>
          <div class="muted">${dateTime(n.createdAt)}</div>
          <div class="row" style="margin:0.5rem 0 0"><button class="open" ?disabled=${this._busy} @click=${() => this.open(n)}>
            ${t('notifications.open')}</button></div>
        </li>`)}
      </ul>
      ${this._next ? html`<button class="secondary" id="more" @click=${() => this.load(this._next)}>${t('common.more')}</button>` : ''}`;
  }
}
customElements.define('ph-notifications', PhNotifications);

/** Where the person hears of each kind: e-mail, the bell, both or neither. */
export class PhNotificationSettings extends PhElement {
  static properties = { _prefs: { state: true }, _required: { state: true } };

  updated(changed) {
    if (changed.has('api') && this.api) this.load();
  }

  async load() {
    const prefs = await this.run(() => this.api.get('/api/v1/me/notification-preferences'));
    if (prefs) {
      this._prefs = { ...prefs.preferences };
      this._required = prefs.emailRequired;
    }
  }

  async save() {
    const saved = await this.perform(() => this.api.put('/api/v1/me/notification-preferences', { preferences: this._prefs }),
      t('settings.saved'));
    if (saved) this._prefs = { ...saved.preferences };
  }

  render() {
    const kinds = Object.keys(this._prefs || {});
    return html`
      <h2>${t('settings.title')}</h2>
      <p class="muted">${t('settings.intro')}</p>
      ${this.renderState()}
      ${kinds.length ? html`<table id="preferences">
        <thead><tr><th scope="col">${t('settings.kind')}</th>${CHOICES.map(c => html`<th scope="col">${t('channel.' + c)}</th>`)}</tr></thead>
        <tbody>${kinds.map(kind => html`<tr data-kind=${kind}>
          <th scope="row" style="font-weight:400">${t('kind.' + kind)}${this._required.includes(kind)
            ? html`<div class="muted">${t('settings.required')}</div>` : ''}</th>
          ${CHOICES.map(c => html`<td><input type="radio" name=${kind} value=${c} aria-label=${t('kind.' + kind) + ': ' + t('channel.' + c)}
            .checked=${this._prefs[kind] === c} ?disabled=${this._required.includes(kind) && !['BOTH', 'EMAIL'].includes(c)}
            @change=${() => { this._prefs = { ...this._prefs, [kind]: c }; }}></td>`)}
        </tr>`)}</tbody></table>
        <div class="row" style="margin-top:1rem"><button id="save-preferences" ?disabled=${this._busy} @click=${() => this.save()}>
          ${t('settings.save')}</button></div>` : ''}`;
  }
}
customElements.define('ph-notification-settings', PhNotificationSettings);

/** The embedded default's demo mailbox: what the built-in SMTP server received for the signed-in person. */
export class PhMailbox extends PhElement {
  static properties = { _mails: { state: true } };

  updated(changed) {
    if ((changed.has('api') || changed.has('me')) && this.api && this.me) this.load();
  }

  async load() {
    const mails = await this.run(() => this.api.get('/api/demo/mailbox?email=' + encodeURIComponent(this.me.email)));
    if (mails) this._mails = mails;
  }

  render() {
    const mails = this._mails || [];
    return html`
      <h2>${t('mailbox.title')}</h2>
      <p class="muted">${t('mailbox.intro', this.me ? this.me.email : '')}</p>
      ${this.renderState()}
      <div class="row"><button class="secondary" id="refresh-mailbox" @click=${() => this.load()}>${t('mailbox.refresh')}</button></div>
      ${this._mails && mails.length === 0 ? html`<p class="muted" id="empty">${t('mailbox.empty')}</p>` : ''}
      ${mails.map(m => html`<article class="card" data-mail=${m.messageId}>
        <strong class="subject">${m.subject}</strong>
        <div class="muted">${m.from} → ${m.to} · ${m.sentAt ? dateTime(m.sentAt) : ''}</div>
        <details><summary>${t('mailbox.html')}</summary>
          <iframe title=${m.subject} sandbox="" srcdoc=${m.html || ''} style="width:100%;height:28rem;border:1px solid #e7e7ed"></iframe>
        </details>
        <pre style="white-space:pre-wrap;font:inherit">${m.text}</pre>
      </article>`)}`;
  }
}
customElements.define('ph-mailbox', PhMailbox);
