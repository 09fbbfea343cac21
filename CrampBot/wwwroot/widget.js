/*
 * CrampBot web chat widget. A clinic adds one tag to its pages:
 *   <script src="https://<crampbot host>/widget.js" async></script>
 * It adds a launcher button; the chat panel (the official Bot Framework Web Chat, served by CrampBot) loads only
 * when the patient opens it. The server writes the clinic's branding into `serverSettings` below.
 * Optional attributes on the tag: data-open="true" opens the panel at once.
 */
(function () {
  'use strict';

  var serverSettings = /*crampbot:settings*/null;
  var script = document.currentScript;
  if (!script || !serverSettings || window.__crampBotWidget) {
    return;
  }
  window.__crampBotWidget = true;

  var settings = serverSettings;
  var botOrigin = new URL(script.src, location.href).origin;
  var storageKey = 'crampbot:webchat:' + botOrigin;

  function botUrl(path) {
    return new URL(path, botOrigin).href;
  }

  // --- what survives a reload: the conversation, its latest token, how far the patient has read, panel open? ----

  function loadState() {
    try {
      return JSON.parse(sessionStorage.getItem(storageKey) || 'null');
    } catch (e) {
      return null;
    }
  }

  function saveState(state) {
    try {
      if (state) {
        sessionStorage.setItem(storageKey, JSON.stringify(state));
      } else {
        sessionStorage.removeItem(storageKey);
      }
    } catch (e) {
      // Storage may be disabled (private mode): the chat still works, it just will not resume after a reload.
    }
  }

  var state = loadState();

  // --- DOM ------------------------------------------------------------------------------------------------------

  function element(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (name === 'text') {
        node.textContent = attributes[name];
      } else {
        node.setAttribute(name, attributes[name]);
      }
    });
    (children || []).forEach(function (child) {
      node.appendChild(child);
    });
    return node;
  }

  function icon(path) {
    var svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var shape = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    shape.setAttribute('d', path);
    shape.setAttribute('fill', 'currentColor');
    svg.appendChild(shape);
    return svg;
  }

  var title = settings.assistantName + ' \u00b7 ' + settings.clinicName;
  var unread = element('span', { class: 'crampbot-unread', hidden: '' , text: 'new' });
  var launcher = element('button', {
    type: 'button',
    class: 'crampbot-launcher',
    'aria-expanded': 'false',
    'aria-controls': 'crampbot-panel',
    'aria-haspopup': 'dialog',
    'aria-label': settings.launcherLabel + ' Chat with ' + settings.assistantName
  }, [
    icon('M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-4 4V5a2 2 0 0 1 2-2z'),
    element('span', { class: 'crampbot-launcher-label', text: settings.launcherLabel }),
    unread
  ]);
  var closeButton = element('button', { type: 'button', class: 'crampbot-close', 'aria-label': 'Close chat' }, [
    icon('M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12 19 17.6 17.6 19 12 13.4 6.4 19 5 17.6 10.6 12 5 6.4z')
  ]);
  // While no clinician has reviewed the content, the panel says so under its title, before the patient types.
  var notice = settings.contentNotice
    ? element('p', { id: 'crampbot-notice', class: 'crampbot-notice', text: settings.contentNotice })
    : null;
  var status = element('p', { class: 'crampbot-status', role: 'status', 'aria-live': 'polite' });
  var chat = element('div', { class: 'crampbot-chat' });
  var panel = element('section', {
    id: 'crampbot-panel',
    class: 'crampbot-panel',
    role: 'dialog',
    'aria-modal': 'false',
    'aria-labelledby': 'crampbot-title',
    'aria-describedby': notice ? 'crampbot-welcome crampbot-notice' : 'crampbot-welcome',
    hidden: ''
  }, [
    // A div, not a <header>: inside the dialog a header would be a second banner landmark beside the clinic page's own.
    element('div', { class: 'crampbot-header' }, [
      element('div', { class: 'crampbot-heading' }, [
        element('h2', { id: 'crampbot-title', class: 'crampbot-title', text: title }),
        element('p', { id: 'crampbot-welcome', class: 'crampbot-welcome', text: settings.welcome })
      ].concat(notice ? [notice] : [])),
      closeButton
    ]),
    status,
    chat
  ]);
  var root = element('div', { class: 'crampbot-widget', lang: settings.locale }, [panel, launcher]);
  root.style.setProperty('--crampbot-primary', settings.primaryColor);
  root.style.setProperty('--crampbot-on-primary', settings.primaryTextColor);

  function isOpen() {
    return !panel.hidden;
  }

  function open() {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    root.classList.add('crampbot-open');
    unread.hidden = true;
    remember({ open: true });
    markRead();
    focusSendBox();
    startChat();
  }

  function close() {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    root.classList.remove('crampbot-open');
    remember({ open: false });
    launcher.focus();
  }

  launcher.addEventListener('click', function () {
    if (isOpen()) {
      close();
    } else {
      open();
    }
  });
  closeButton.addEventListener('click', close);
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    }
  });

  // Focus moves into the dialog at once (the close button), then to the send box as soon as Web Chat renders it,
  // however long the bundle and the connection take: a mutation observer, not a timer, so a slow machine never
  // leaves the patient without focus. Focus the patient has moved elsewhere meanwhile is left alone.
  var watchingForSendBox = null;

  function focusSendBox() {
    if (watchingForSendBox) {
      watchingForSendBox.disconnect();
      watchingForSendBox = null;
    }
    function tryFocus() {
      var input = chat.querySelector('[data-id="webchat-sendbox-input"]');
      var active = document.activeElement;
      var untouched = !active || active === document.body || active === closeButton || active === launcher;
      if (!isOpen() || !untouched) {
        return true;
      }
      if (input) {
        input.focus();
        return true;
      }
      if (active !== closeButton) {
        closeButton.focus();
      }
      return false;
    }
    if (!tryFocus()) {
      watchingForSendBox = new MutationObserver(function () {
        if (tryFocus()) {
          watchingForSendBox.disconnect();
          watchingForSendBox = null;
        }
      });
      watchingForSendBox.observe(chat, { childList: true, subtree: true });
    }
  }

  // --- Web Chat ---------------------------------------------------------------------------------------------------

  var directLine = null;
  var starting = null;

  function remember(changes) {
    if (!state) {
      return;
    }
    Object.keys(changes).forEach(function (name) {
      state[name] = changes[name];
    });
    saveState(state);
  }

  // How far the patient has read: the Direct Line watermark while the panel is open.
  function markRead() {
    if (directLine && directLine.watermark) {
      remember({ watermark: directLine.watermark });
    }
  }

  function loadBundle() {
    if (window.WebChat) {
      return Promise.resolve();
    }
    return new Promise(function (resolve, reject) {
      var tag = element('script', { src: botUrl(settings.bundleUrl), async: '' });
      tag.onload = resolve;
      tag.onerror = function () {
        reject(new Error('bundle'));
      };
      document.head.appendChild(tag);
    });
  }

  // One random id per browser, so the token endpoint can limit the conversations one browser starts without limiting
  // every patient behind a hospital's shared address. Without storage, only the per-address limit applies.
  function clientId() {
    try {
      var id = localStorage.getItem('crampbot.clientId');
      if (!id) {
        id = 'w' + Math.random().toString(36).slice(2) + Date.now().toString(36);
        localStorage.setItem('crampbot.clientId', id);
      }
      return id;
    } catch (e) {
      return undefined;
    }
  }

  function requestToken(body) {
    return fetch(botUrl(settings.tokenUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body || {})
    }).then(function (response) {
      if (!response.ok) {
        var error = new Error('token');
        error.status = response.status;
        throw error;
      }
      return response.json();
    });
  }

  // Resume the stored conversation when its token can be renewed; otherwise start a new one.
  function obtainToken() {
    if (state && state.conversationId && state.token) {
      return requestToken({ conversationId: state.conversationId, token: state.token })
        .then(function (issued) {
          return { issued: issued, resume: true };
        })
        .catch(function (error) {
          if (error.status === 403 || error.status === 404) {
            state = null;
            saveState(null);
            return obtainToken();
          }
          throw error;
        });
    }
    return requestToken({ clientId: clientId() }).then(function (issued) {
      return { issued: issued, resume: false };
    });
  }

  function onIncoming(activity) {
    remember({ conversationId: directLine.conversationId, token: directLine.token });
    if (isOpen()) {
      markRead();
      return;
    }
    // A bot message the patient has not seen (not a replay of what was read before the reload).
    var match = /\|(\d+)$/.exec(activity.id || '');
    var index = match ? Number(match[1]) : Infinity;
    if (activity.from && activity.from.role === 'bot' && activity.type === 'message' && index >= Number((state && state.watermark) || 0)) {
      unread.hidden = false;
    }
  }

  // directlinejs's ConnectionStatus values, also shown on the widget as data-connection (for styles and tests).
  var CONNECTION = ['uninitialized', 'connecting', 'online', 'expired', 'failed', 'ended'];
  var EXPIRED_TOKEN = 3;
  var renewing = null;

  // The token lapsed (the laptop slept through its refresh): Web Chat gives that connection up, so renew the token
  // of this conversation and render again; the service replays the transcript, as after a reload.
  function renewToken() {
    if (renewing) {
      return;
    }
    renewing = obtainToken()
      .then(render)
      .catch(function () {
        status.textContent = 'The chat has expired. Reload the page to start again.';
      })
      .then(function () {
        renewing = null;
      });
  }

  var generation = 0;

  function createStore() {
    // A store given up by a renewal may still report its end: only the current one speaks for the widget.
    var own = ++generation;
    return window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          var result = next(action);
          if (own !== generation) {
            return result;
          }
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
            onIncoming(action.payload.activity);
          } else if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            remember({ conversationId: directLine.conversationId, token: directLine.token });
            status.textContent = '';
          } else if (action.type === 'DIRECT_LINE/UPDATE_CONNECTION_STATUS') {
            root.setAttribute('data-connection', CONNECTION[action.payload.connectionStatus] || 'unknown');
            if (action.payload.connectionStatus === EXPIRED_TOKEN) {
              renewToken();
            }
          }
          return result;
        };
      };
    });
  }

  // Adaptive Card colours that read at WCAG 2.2 AA (4.5:1) on their container backgrounds. Without this, Web Chat
  // takes the adaptivecards library's foreground colours, where the same-day card's heading (#e69500 on #ffe2b2) is
  // 1.93:1. Card headings are level 3, under the panel's own level-2 title. Teams uses its own theme for the same cards.
  function adaptiveCardsHostConfig() {
    var foreground = {
      default: { default: '#1b1b1b', subtle: '#595959' },
      dark: { default: '#000000', subtle: '#404040' },
      light: { default: '#ffffff', subtle: '#ffffff' },
      accent: { default: settings.primaryColor, subtle: settings.primaryColor },
      good: { default: '#0b6a0b', subtle: '#0b6a0b' },
      warning: { default: '#7a4100', subtle: '#7a4100' },
      attention: { default: '#a4262c', subtle: '#a4262c' }
    };
    function style(background) {
      return { backgroundColor: background, foregroundColors: foreground };
    }
    return {
      supportsInteractivity: true,
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
      containerStyles: {
        default: style('#ffffff'),
        emphasis: style('#f3f6f9'),
        accent: style('#e5eef8'),
        good: style('#dff6dd'),
        attention: style('#fde7e9'),
        warning: style('#fff4ce')
      },
      actions: { actionAlignment: 'stretch', actionsOrientation: 'vertical', buttonSpacing: 8, maxActions: 100, spacing: 'default', showCard: { actionMode: 'inline', inlineTopMargin: 8 } },
      adaptiveCard: { allowCustomStyle: false },
      imageSizes: { small: 40, medium: 80, large: 160 },
      factSet: {
        title: { color: 'default', size: 'default', isSubtle: false, weight: 'bolder', wrap: true, maxWidth: 150 },
        value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
        spacing: 8
      },
      textBlock: { headingLevel: 3 }
    };
  }

  // "CrampBot" -> "CB", "Riverside Assistant" -> "RA".
  function initials(name) {
    return ((name || '').match(/\b\w|[A-Z]/g) || ['C']).slice(0, 2).join('').toUpperCase();
  }

  function render(session) {
    state = {
      conversationId: session.issued.conversationId,
      token: session.issued.token,
      watermark: session.resume && state ? state.watermark : '',
      open: isOpen()
    };
    saveState(state);
    // On resume the conversation id is given (directlinejs then reconnects instead of starting one) with no
    // watermark, so the service replays the whole transcript and it reappears after a reload.
    directLine = window.WebChat.createDirectLine({
      domain: botUrl(settings.directLineUrl),
      token: session.issued.token,
      conversationId: session.resume ? session.issued.conversationId : undefined,
      webSocket: true
    });
    // A fresh element per connection, so a renewal never reuses the Web Chat that gave up.
    var host = element('div', { class: 'crampbot-chat-host' });
    chat.replaceChildren(host);
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: createStore(),
      locale: settings.locale,
      adaptiveCardsHostConfig: adaptiveCardsHostConfig(),
      styleOptions: {
        accent: settings.primaryColor,
        botAvatarInitials: initials(settings.assistantName),
        botAvatarBackgroundColor: settings.primaryColor,
        hideUploadButton: true,
        sendBoxButtonColor: settings.primaryColor,
        // Topic buttons wrap and scroll in a band of about three rows, so they never hide the conversation.
        suggestedActionLayout: 'flow',
        suggestedActionHeight: 34,
        suggestedActionBorderRadius: 17,
        suggestedActionsFlowMaxHeight: 132
      }
    }, host);
  }

  function startChat() {
    if (!starting) {
      status.textContent = 'Connecting\u2026';
      starting = Promise.all([loadBundle(), obtainToken()])
        .then(function (results) {
          render(results[1]);
        })
        .catch(function (error) {
          starting = null;
          status.textContent = error && error.status === 429
            ? 'The chat is busy. Please try again in a minute.'
            : 'The chat could not be started. Please try again later.';
        });
    }
    return starting;
  }

  // --- start ------------------------------------------------------------------------------------------------------

  function mount() {
    var style = element('link', { rel: 'stylesheet', href: botUrl(settings.styleUrl) });
    // Shown once styled, so the page never flashes an unstyled button (and shown anyway if the styles fail).
    root.hidden = true;
    style.onload = style.onerror = function () {
      root.hidden = false;
    };
    document.head.appendChild(style);
    document.body.appendChild(root);
    if ((state && state.open) || script.getAttribute('data-open') === 'true') {
      open();
    }
  }

  if (document.body) {
    mount();
  } else {
    document.addEventListener('DOMContentLoaded', mount);
  }
})();
