import { html, css } from 'lit';
import { PhElement } from './base.js';
import { t, dateTime, fileSize } from './i18n.js';

/** Tells the order page something changed (the brief completed, a document resumed the order) so it reloads. */
function changed(element) {
  element.dispatchEvent(new CustomEvent('ph-order-changed', { bubbles: true, composed: true }));
}

/** The brief: the package's questions with the answers, what is missing, editing until the first delivery, versions. */
export class PhOrderBrief extends PhElement {
  static properties = { orderId: { type: Number, attribute: 'order-id' }, _brief: { state: true }, _editing: { state: true },
    _draft: { state: true } };

  updated(c) {
    if ((c.has('orderId') || c.has('api')) && this.api && this.orderId) this.load();
  }

  async load() {
    const brief = await this.run(() => this.api.get(`/api/v1/orders/${this.orderId}/brief`));
    if (brief) this._brief = brief;
  }

  fieldLabel(field) {
    const key = field.startsWith('answers.') ? field.substring(8) : null;
    return this._brief?.questions.find(q => q.key === key)?.label || null;
  }

  edit() {
    this._draft = { ...this._brief.answers };
    this._editing = true;
  }

  async save(e) {
    e.preventDefault();
    const answers = Object.fromEntries(Object.entries(this._draft).filter(([, v]) => v !== '' && v !== undefined));
    const brief = await this.perform(() => this.api.put(`/api/v1/orders/${this.orderId}/brief`, { answers }), t('done.saved'));
    if (brief) {
      const wasMissing = this._brief.missing.length;
      this._brief = brief;
      this._editing = false;
      if (wasMissing && !brief.missing.length) changed(this);
    }
  }

  renderAnswer(q) {
    const a = this._brief.answers[q.key];
    if (q.type === 'FILE') return html`<span class="muted">${t('brief.fileHint')}</span>`;
    return a ? html`${a}` : html`<span class="muted">${t('brief.unanswered')}</span>`;
  }

  renderInput(q) {
    const id = 'brief-' + q.key;
    const set = v => { this._draft = { ...this._draft, [q.key]: v }; };
    if (q.type === 'FILE') return html`<span class="muted">${t('brief.fileHint')}</span>`;
    if (q.type === 'CHOICE') {
      return html`<select id=${id} @change=${e => set(e.target.value)}><option value=""></option>
        ${q.choices.map(c => html`<option value=${c} ?selected=${this._draft[q.key] === c}>${c}</option>`)}</select>`;
    }
    return html`<input id=${id} maxlength="4000" .value=${this._draft[q.key] || ''} @input=${e => set(e.target.value)}>`;
  }

  render() {
    const b = this._brief;
    if (!b) return this.renderState();
    if (!b.questions.length) return html`<p class="muted" id="brief-empty">${t('brief.none')}</p>`;
    const missing = b.questions.filter(q => b.missing.includes(q.key));
    return html`${this.renderState()}
      ${missing.length ? html`<p class="next-step" id="brief-missing"><strong>${t('brief.missingTitle')}</strong>
        ${missing.map(q => q.label).join(', ')}</p>` : ''}
      <form @submit=${e => this.save(e)}>
        <table id="brief"><tbody>${b.questions.map(q => html`<tr data-key=${q.key}>
          <th scope="row"><label for=${'brief-' + q.key}>${q.label}${q.required ? ' *' : ''}</label></th>
          <td>${this._editing ? this.renderInput(q) : this.renderAnswer(q)}</td></tr>`)}</tbody></table>
        <div class="row" style="margin-top:.5rem">
          ${this._editing ? html`<button type="submit" id="brief-save" ?disabled=${this._busy}>${t('common.save')}</button>
            <button type="button" class="secondary" @click=${() => { this._editing = false; }}>${t('common.cancel')}</button>`
            : b.mayEdit ? html`<button type="button" class="secondary" id="brief-edit" @click=${() => this.edit()}>${t('brief.edit')}</button>` : ''}
        </div>
      </form>
      ${b.versions.length ? html`<details id="brief-versions"><summary>${t('brief.versions', b.versions.length)}</summary>
        <ul>${b.versions.map(v => html`<li>${t('brief.version', v.version)} · ${dateTime(v.changedAt)} · ${v.changedByName || t('side.SYSTEM')}
          <div class="muted">${Object.keys({ ...v.before, ...v.after }).filter(k => v.before[k] !== v.after[k]).map(k => html`
            <div>${b.questions.find(q => q.key === k)?.label || k}: <del>${v.before[k] || '—'}</del> → <ins>${v.after[k] || '—'}</ins></div>`)}</div>
        </li>`)}</ul></details>` : ''}`;
  }
}
customElements.define('ph-order-brief', PhOrderBrief);

/** The customer's documents: a list to download, and (for those who may) upload by picking or dropping files. */
export class PhOrderDocuments extends PhElement {
  static properties = { orderId: { type: Number, attribute: 'order-id' }, mayUpload: { type: Boolean, attribute: 'may-upload' },
    questions: { attribute: false }, _documents: { state: true }, _progress: { state: true }, _over: { state: true } };

  static styles = [PhElement.styles, css`
    .drop { border: 2px dashed var(--ph-color-border, #e7e7ed); border-radius: var(--ph-radius, .375rem); padding: 1rem; text-align: center; }
    .drop.over { border-color: var(--ph-color-primary, #0b5fff); background: var(--ph-color-info-bg, #eef2fa); }
    progress { width: 100%; }
  `];

  updated(c) {
    if ((c.has('orderId') || c.has('api')) && this.api && this.orderId) this.load();
  }

  async load() {
    const page = await this.run(() => this.api.get(`/api/v1/orders/${this.orderId}/documents`));
    if (page) this._documents = page.items;
  }

  async uploadAll(files) {
    const question = this.renderRoot.querySelector('#document-question')?.value || '';
    for (const file of files) {
      this._progress = { name: file.name, share: 0 };
      const path = `/api/v1/orders/${this.orderId}/documents?name=${encodeURIComponent(file.name)}`
        + (question ? `&question=${encodeURIComponent(question)}` : '');
      const doc = await this.perform(() => this.api.upload(path, file, share => { this._progress = { name: file.name, share }; }),
        t('documents.uploaded', file.name));
      this._progress = null;
      if (!doc) return;
      this._documents = [...(this._documents || []), doc];
      changed(this);
    }
  }

  drop(e) {
    e.preventDefault();
    this._over = false;
    if (this.mayUpload && e.dataTransfer?.files?.length) this.uploadAll([...e.dataTransfer.files]);
  }

  render() {
    const docs = this._documents || [];
    const fileQuestions = (this.questions || []).filter(q => q.type === 'FILE');
    return html`${this.renderState()}
      ${docs.length ? html`<table id="documents"><tbody>${docs.map(d => html`<tr>
          <td><button class="secondary" data-document=${d.id}
            @click=${() => this.run(() => this.api.download(`/api/v1/orders/${this.orderId}/documents/${d.id}`, d.fileName))}>${d.fileName}</button>
            ${d.questionKey ? html`<span class="badge">${fileQuestions.find(q => q.key === d.questionKey)?.label || d.questionKey}</span>` : ''}</td>
          <td>${fileSize(d.sizeBytes)}</td><td class="muted">${d.uploadedByName} · ${dateTime(d.uploadedAt)}</td></tr>`)}</tbody></table>`
        : html`<p class="muted" id="documents-empty">${t(this.mayUpload ? 'documents.emptyUpload' : 'documents.empty')}</p>`}
      ${this.mayUpload ? html`
        <div class="drop ${this._over ? 'over' : ''}" id="drop-zone" @dragover=${e => { e.preventDefault(); this._over = true; }}
          @dragleave=${() => { this._over = false; }} @drop=${e => this.drop(e)}>
          <p>${t('documents.drop')}</p>
          <div class="row" style="justify-content:center">
            ${fileQuestions.length ? html`<label>${t('documents.for')}<select id="document-question"><option value="">${t('documents.forOrder')}</option>
              ${fileQuestions.map(q => html`<option value=${q.key}>${q.label}</option>`)}</select></label>` : ''}
            <label>${t('documents.pick')}<input type="file" id="document-file" multiple ?disabled=${this._busy}
              @change=${e => { const files = [...e.target.files]; e.target.value = ''; this.uploadAll(files); }}></label>
          </div>
          <p class="muted">${t('documents.limits')}</p>
          ${this._progress ? html`<label>${this._progress.name}
            <progress id="upload-progress" max="1" .value=${this._progress.share}></progress></label>` : ''}
        </div>` : ''}`;
  }
}
customElements.define('ph-order-documents', PhOrderDocuments);

/** The agency's private notes: only its own people ever see this section (the service refuses anyone else). */
export class PhOrderNotes extends PhElement {
  static properties = { orderId: { type: Number, attribute: 'order-id' }, _notes: { state: true } };

  updated(c) {
    if ((c.has('orderId') || c.has('api')) && this.api && this.orderId) this.load();
  }

  async load() {
    const page = await this.run(() => this.api.get(`/api/v1/orders/${this.orderId}/notes?limit=100`));
    if (page) this._notes = page.items;
  }

  async add(e) {
    e.preventDefault();
    const form = e.target;
    const note = await this.perform(() => this.api.post(`/api/v1/orders/${this.orderId}/notes`, { body: form.elements.note.value }),
      t('done.saved'));
    if (note) {
      form.reset();
      this._notes = [note, ...(this._notes || [])];
    }
  }

  render() {
    return html`${this.renderState()}
      <p class="muted">${t('notes.private')}</p>
      <form class="row" @submit=${e => this.add(e)}><label>${t('notes.new')}<textarea name="note" id="note" required maxlength="4000" rows="2"></textarea></label>
        <button type="submit" class="secondary" id="add-note" ?disabled=${this._busy}>${t('notes.add')}</button></form>
      ${(this._notes || []).length ? html`<ul id="notes">${this._notes.map(n => html`<li><span class="muted">${n.authorName} · ${dateTime(n.createdAt)}</span>
        <div style="white-space:pre-wrap">${n.body}</div></li>`)}</ul>` : html`<p class="muted" id="notes-empty">${t('notes.empty')}</p>`}`;
  }
}
customElements.define('ph-order-notes', PhOrderNotes);
