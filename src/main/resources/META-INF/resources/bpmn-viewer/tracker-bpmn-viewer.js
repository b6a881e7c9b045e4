/*
 * <tracker-bpmn-viewer>: a BPMN diagram, read-only, drawn by bpmn-js's NavigatedViewer (window.BpmnJS, served from
 * bpmn-js/<version>, which the build installs from src/main/bpmn-viewer). Drag to pan, Ctrl/Cmd + wheel to zoom.
 * Fitted to its box on every change of size; the running activities and the finished ones carry a marker class.
 *
 * The server sets the properties `xml`, `active` and `completed` (arrays of element ids) and `errorText`.
 */
(function () {
  'use strict';
  if (customElements.get('tracker-bpmn-viewer')) {
    return;
  }
  const ACTIVE = 'tracker-active';
  const COMPLETED = 'tracker-completed';

  const style = document.createElement('style');
  style.textContent = `
    tracker-bpmn-viewer { display: block; position: relative; min-width: 0; overflow: hidden;
      border: 1px solid var(--lumo-contrast-10pct); border-radius: var(--lumo-border-radius-m);
      background: var(--lumo-base-color); }
    tracker-bpmn-viewer > .tracker-bpmn-canvas { position: absolute; inset: 0; }
    tracker-bpmn-viewer .${COMPLETED}:not(.djs-connection) .djs-visual > :nth-child(1) {
      stroke: var(--lumo-success-color) !important; fill: var(--lumo-success-color-10pct) !important; }
    tracker-bpmn-viewer .${ACTIVE}:not(.djs-connection) .djs-visual > :nth-child(1) {
      stroke: var(--lumo-primary-color) !important; stroke-width: 4px !important;
      fill: var(--lumo-primary-color-10pct) !important; }
    tracker-bpmn-viewer > .tracker-bpmn-error { position: absolute; inset: 0; padding: var(--lumo-space-m);
      color: var(--lumo-error-text-color); background: var(--lumo-base-color); }`;
  document.head.appendChild(style);

  /** bpmn-js is a classic script loaded beside this one; wait for it rather than rely on the order of loading. */
  function bpmnJs() {
    return new Promise((resolve, reject) => {
      const started = Date.now();
      (function poll() {
        if (window.BpmnJS) {
          resolve(window.BpmnJS);
        } else if (Date.now() - started > 20000) {
          reject(new Error('bpmn-js did not load'));
        } else {
          setTimeout(poll, 50);
        }
      })();
    });
  }

  class TrackerBpmnViewer extends HTMLElement {
    constructor() {
      super();
      this._xml = '';
      this._active = [];
      this._completed = [];
      this._errorText = '';
      this._shownXml = '';
      this._queue = Promise.resolve();
    }

    static get observedAttributes() {
      return [];
    }

    get xml() { return this._xml; }
    set xml(value) { this._xml = value || ''; this._refresh(); }
    get active() { return this._active; }
    set active(value) { this._active = Array.isArray(value) ? value : []; this._refresh(); }
    get completed() { return this._completed; }
    set completed(value) { this._completed = Array.isArray(value) ? value : []; this._refresh(); }
    get errorText() { return this._errorText; }
    set errorText(value) { this._errorText = value || ''; }

    connectedCallback() {
      // properties set before this element was upgraded sit on the instance and hide the accessors: move them
      for (const name of ['xml', 'active', 'completed', 'errorText']) {
        if (Object.prototype.hasOwnProperty.call(this, name)) {
          const value = this[name];
          delete this[name];
          this[name] = value;
        }
      }
      if (!this._canvas) {
        this._canvas = document.createElement('div');
        this._canvas.className = 'tracker-bpmn-canvas';
        this.appendChild(this._canvas);
      }
      if (!this._resizeObserver) {
        this._resizeObserver = new ResizeObserver(() => this.fit());
      }
      this._resizeObserver.observe(this);
      this._refresh();
    }

    disconnectedCallback() {
      if (this._resizeObserver) {
        this._resizeObserver.disconnect();
      }
    }

    /** Renders in order: a newer change waits for the import of the one before. */
    _refresh() {
      if (!this.isConnected || !this._canvas) {
        return;
      }
      this._queue = this._queue.then(() => this._render()).catch((e) => this._fail(e));
    }

    async _render() {
      if (!this._viewer) {
        const BpmnJS = await bpmnJs();
        this._viewer = new BpmnJS({ container: this._canvas });
      }
      if (this._xml && this._xml !== this._shownXml) {
        await this._viewer.importXML(this._xml);
        this._shownXml = this._xml;
        this._clearError();
      }
      this._mark();
      this.fit();
      this.dataset.rendered = this._shownXml ? 'true' : 'false';
    }

    _mark() {
      if (!this._shownXml) {
        return;
      }
      const canvas = this._viewer.get('canvas');
      const registry = this._viewer.get('elementRegistry');
      registry.forEach((element) => {
        canvas.removeMarker(element.id, ACTIVE);
        canvas.removeMarker(element.id, COMPLETED);
      });
      for (const id of this._completed) {
        if (registry.get(id) && !this._active.includes(id)) {
          canvas.addMarker(id, COMPLETED);
        }
      }
      for (const id of this._active) {
        if (registry.get(id)) {
          canvas.addMarker(id, ACTIVE);
        }
      }
    }

    _fail(error) {
      console.warn('The BPMN diagram could not be shown', error);
      this.dataset.rendered = 'false';
      if (!this._error) {
        this._error = document.createElement('div');
        this._error.className = 'tracker-bpmn-error';
        this.appendChild(this._error);
      }
      this._error.textContent = this._errorText;
    }

    _clearError() {
      if (this._error) {
        this._error.remove();
        this._error = null;
      }
    }

    /** Zooms so that the whole diagram fits the element's box. */
    fit() {
      if (!this._viewer || !this._shownXml || this.clientWidth === 0 || this.clientHeight === 0) {
        return;
      }
      const canvas = this._viewer.get('canvas');
      canvas.resized();
      canvas.zoom('fit-viewport', 'auto');
    }

    /** One step in (positive) or out (negative), around the centre. */
    zoomBy(step) {
      if (!this._viewer || !this._shownXml) {
        return;
      }
      this._viewer.get('zoomScroll').stepZoom(step);
    }
  }

  customElements.define('tracker-bpmn-viewer', TrackerBpmnViewer);
})();
