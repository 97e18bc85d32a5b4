// Citizen web chat: posts questions to /api/ask, offers 热门问题, suggestions while typing, 猜你想问 and
// feedback, polls staff replies for escalated questions, and keeps the conversation for a reload
// (sessionStorage: it is gone when the browser tab is closed, which matters on shared computers).
// Every text from the server is inserted with textContent, never as HTML.
(function () {
  'use strict';
  var LOG_KEY = 'wenzheng.log';
  var SESSION_KEY = 'wenzheng.session';
  var log = document.getElementById('log');
  var form = document.getElementById('ask');
  var input = document.getElementById('question');
  var send = document.getElementById('send');
  var hot = document.getElementById('hot');
  var hotList = document.getElementById('hot-list');
  var suggestions = document.getElementById('suggestions');
  var sessionId = sessionStorage.getItem(SESSION_KEY) || '';
  var entries = load();
  var shownReplies = {};
  var pollTimer = null;
  var suggestTimer = null;
  var active = -1;

  function load() {
    try { return JSON.parse(sessionStorage.getItem(LOG_KEY)) || []; } catch (e) { return []; }
  }

  function save() {
    try { sessionStorage.setItem(LOG_KEY, JSON.stringify(entries.slice(-100))); } catch (e) { /* full: not kept */ }
  }

  function remember(entry) {
    entries.push(entry);
    save();
    return entry;
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function button(text, cls, onClick) {
    var node = el('button', cls, text);
    node.type = 'button';
    node.addEventListener('click', onClick);
    return node;
  }

  function add(node) {
    log.appendChild(node);
    node.scrollIntoView({ block: 'end' });
  }

  function bubble(text, who, label) {
    var node = el('div', 'msg ' + who);
    if (label) node.appendChild(el('span', 'label', label));
    node.appendChild(el('span', 'text', text));
    add(node);
    return node;
  }

  function render(entry) {
    if (entry.kind === 'user') return bubble(entry.text, 'user', '我');
    if (entry.kind === 'note') return bubble(entry.text, entry.cls || 'bot', entry.label);
    if (entry.kind === 'staff') return renderStaff(entry);
    return renderReply(entry);
  }

  function renderReply(entry) {
    var reply = entry.reply;
    var kind = reply.type === 'ESCALATED' ? 'bot escalated' : 'bot';
    var label = reply.type === 'ESCALATED' ? '已转人工' : (reply.type === 'CLARIFY' ? '请选择' : '政策问答');
    var node = bubble(reply.answer, kind, label);
    if (reply.sources && reply.sources.length && reply.type === 'ANSWER') {
      var list = el('ul', 'sources');
      list.setAttribute('aria-label', '出处');
      reply.sources.forEach(function (source) {
        list.appendChild(el('li', '', '出处：《' + source.title + '》' + (source.section ? ' ' + source.section : '')));
      });
      node.appendChild(list);
    }
    if (reply.options && reply.options.length) {
      var options = el('div', 'options');
      options.setAttribute('role', 'group');
      options.setAttribute('aria-label', '请选择地区');
      reply.options.forEach(function (option) {
        options.appendChild(button(option, 'option', function () { ask(option); }));
      });
      node.appendChild(options);
    }
    if (reply.related && reply.related.length) {
      var related = el('div', 'related');
      related.appendChild(el('span', 'related-title', '猜你想问'));
      var relatedList = el('div', 'options');
      relatedList.setAttribute('role', 'group');
      relatedList.setAttribute('aria-label', '猜你想问');
      reply.related.forEach(function (question) {
        relatedList.appendChild(button(question, 'option', function () { ask(question); }));
      });
      related.appendChild(relatedList);
      node.appendChild(related);
    }
    var tools = el('div', 'tools');
    tools.appendChild(window.wenzhengReadAloud.button(reply.answer));
    if (reply.turnId && reply.type !== 'ESCALATED') tools.appendChild(feedbackRow(entry));
    node.appendChild(tools);
    if (reply.type === 'ESCALATED') startPolling();
    return node;
  }

  // 有帮助 / 没帮助 on an answer; 没帮助 offers a comment and 转人工 at once.
  function feedbackRow(entry) {
    var row = el('div', 'feedback');
    row.setAttribute('role', 'group');
    row.setAttribute('aria-label', '这条回答对您有帮助吗');
    var yes = button('有帮助', 'option', function () { rate(entry, true, null, row); });
    var no = button('没帮助', 'option', function () { rate(entry, false, null, row); });
    yes.setAttribute('aria-pressed', entry.helpful === true ? 'true' : 'false');
    no.setAttribute('aria-pressed', entry.helpful === false ? 'true' : 'false');
    row.append(yes, no);
    if (entry.helpful === false) row.appendChild(unhelpfulHelp(entry, row));
    return row;
  }

  function unhelpfulHelp(entry, row) {
    var box = el('div', 'unhelpful');
    var id = 'comment-' + entry.reply.turnId;
    var label = el('label', '', '哪里没说清楚？（可不填）');
    label.htmlFor = id;
    var comment = el('textarea');
    comment.id = id;
    comment.rows = 2;
    comment.maxLength = 500;
    var submit = button('提交意见', 'option', function () {
      rate(entry, false, comment.value.trim() || null, row);
    });
    var human = button('转人工', 'option human', function () { ask('转人工'); });
    box.append(label, comment, submit, human);
    if (entry.commented) box.appendChild(el('p', 'thanks', '已收到您的意见，谢谢！'));
    return box;
  }

  function rate(entry, helpful, comment, row) {
    fetch('/api/sessions/' + encodeURIComponent(sessionId) + '/turns/' + entry.reply.turnId + '/feedback', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ helpful: helpful, comment: comment })
    }).then(function (response) {
      if (!response.ok) throw new Error();
      entry.helpful = helpful;
      entry.commented = comment !== null;
      save();
      var fresh = feedbackRow(entry);
      row.replaceWith(fresh);
      var focus = helpful ? fresh.querySelector('button') : fresh.querySelector('textarea');
      if (focus) focus.focus();
    }).catch(function () {
      note('反馈未能提交，请稍后再试。', 'bot escalated', '提示');
    });
  }

  function renderStaff(entry) {
    shownReplies[entry.key] = true;
    var node = bubble('您的问题“' + entry.question + '”（工单 ' + entry.ticketId + '）已有答复：\n' + entry.reply,
      'bot staff', '热线工作人员答复');
    var tools = el('div', 'tools');
    tools.appendChild(window.wenzhengReadAloud.button(entry.reply));
    node.appendChild(tools);
    if (!entry.rated) offerRating(node, entry);
    return node;
  }

  function note(text, cls, label) {
    render(remember({ kind: 'note', text: text, cls: cls, label: label }));
  }

  function ask(question) {
    closeSuggestions();
    hot.hidden = true;
    render(remember({ kind: 'user', text: question }));
    send.disabled = true;
    fetch('/api/ask', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ question: question, sessionId: sessionId || null })
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (result) {
      if (!result.ok) {
        note(result.body.detail || '请求失败，请稍后再试。', 'bot escalated', '提示');
        return;
      }
      sessionId = result.body.sessionId;
      sessionStorage.setItem(SESSION_KEY, sessionId);
      render(remember({ kind: 'reply', reply: result.body }));
    }).catch(function () {
      note('网络连接失败，请稍后再试。', 'bot escalated', '提示');
    }).finally(function () {
      send.disabled = false;
      input.focus();
    });
  }

  function poll() {
    if (!sessionId) return;
    fetch('/api/sessions/' + encodeURIComponent(sessionId) + '/replies')
      .then(function (response) {
        // The session expired: the next question starts a new one.
        if (response.status === 404) forgetSession();
        return response.ok ? response.json() : [];
      })
      .then(function (replies) {
        replies.forEach(function (reply) {
          if (!reply.reply) {
            // Merged with the same request of others (并单): only the main ticket's number is shown.
            var notice = reply.ticketId + '@merged:' + reply.mergedInto;
            if (shownReplies[notice]) return;
            shownReplies[notice] = true;
            say('您的诉求（工单 ' + reply.ticketId + '）与其他市民的相同诉求合并办理，主工单号 ' + reply.mergedInto
              + '。答复后会在这里通知您。', 'bot staff', '热线通知');
            return;
          }
          var key = reply.ticketId + '@' + reply.repliedAt;
          if (shownReplies[key]) return;
          render(remember({ kind: 'staff', key: key, ticketId: reply.ticketId, question: reply.question,
            reply: reply.reply, rated: !!reply.rating }));
        });
      })
      .catch(function () { /* try again on the next tick */ });
  }

  // The five levels of 好差评 under a staff reply; 不满意 and 非常不满意 send the ticket back to the hotline.
  function offerRating(node, entry) {
    var row = el('div', 'options');
    row.setAttribute('role', 'group');
    row.setAttribute('aria-label', '请评价这次答复');
    [['非常满意', 5], ['满意', 4], ['基本满意', 3], ['不满意', 2], ['非常不满意', 1]].forEach(function (choice) {
      var option = button(choice[0], 'option', function () {
        fetch('/api/sessions/' + encodeURIComponent(sessionId) + '/tickets/' + encodeURIComponent(entry.ticketId) + '/rating', {
          method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ level: choice[1] })
        }).then(function (response) {
          row.remove();
          entry.rated = response.ok;
          save();
          note(response.ok ? (choice[1] > 2 ? '感谢您的评价！' : '已收到，工单已重新交给工作人员处理，我们会尽快回访您。') : '评价未能提交，请稍后再试。', 'bot');
        });
      });
      option.dataset.level = choice[1];
      row.appendChild(option);
    });
    node.appendChild(row);
  }

  function forgetSession() {
    sessionId = '';
    sessionStorage.removeItem(SESSION_KEY);
    clearInterval(pollTimer);
    pollTimer = null;
  }

  function startPolling() {
    if (pollTimer) return;
    pollTimer = setInterval(poll, 10000);
  }

  function showHotQuestions() {
    fetch('/api/hot-questions')
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (items) {
        if (!items.length || entries.some(function (entry) { return entry.kind === 'user'; })) return;
        hotList.textContent = '';
        items.forEach(function (item) {
          var li = el('li');
          li.appendChild(button(item.question, 'hot-question', function () { ask(item.question); }));
          hotList.appendChild(li);
        });
        hot.hidden = false;
      })
      .catch(function () { /* the chat works without them */ });
  }

  // Suggestions while typing: a combobox with a listbox, arrow keys to move, Enter to ask.
  function suggest() {
    var text = input.value.trim();
    if (!text || text.length > 100) { closeSuggestions(); return; }
    fetch('/api/suggest?q=' + encodeURIComponent(text))
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (items) {
        if (input.value.trim() !== text) return;
        suggestions.textContent = '';
        active = -1;
        items.forEach(function (item, index) {
          var option = el('li', 'suggestion', item);
          option.id = 'suggestion-' + index;
          option.setAttribute('role', 'option');
          option.setAttribute('aria-selected', 'false');
          option.addEventListener('mousedown', function (event) { event.preventDefault(); pick(item); });
          suggestions.appendChild(option);
        });
        suggestions.hidden = items.length === 0;
        input.setAttribute('aria-expanded', items.length ? 'true' : 'false');
        input.removeAttribute('aria-activedescendant');
      })
      .catch(function () { closeSuggestions(); });
  }

  function closeSuggestions() {
    suggestions.hidden = true;
    suggestions.textContent = '';
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function move(step) {
    var options = suggestions.querySelectorAll('[role=option]');
    if (!options.length) return;
    if (active >= 0) options[active].setAttribute('aria-selected', 'false');
    active = (active + step + options.length) % options.length;
    options[active].setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', options[active].id);
  }

  function pick(text) {
    input.value = '';
    ask(text);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var question = input.value.trim();
    if (!question) return;
    input.value = '';
    ask(question);
  });

  input.addEventListener('input', function () {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(suggest, 200);
  });

  input.addEventListener('blur', function () { setTimeout(closeSuggestions, 150); });

  input.addEventListener('keydown', function (event) {
    var open = !suggestions.hidden;
    if (event.key === 'ArrowDown' && open) { event.preventDefault(); move(1); }
    else if (event.key === 'ArrowUp' && open) { event.preventDefault(); move(-1); }
    else if (event.key === 'Escape' && open) { event.preventDefault(); closeSuggestions(); }
    else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      if (open && active >= 0) pick(suggestions.querySelectorAll('[role=option]')[active].textContent);
      else form.requestSubmit();
    }
  });

  if (entries.length === 0) {
    remember({ kind: 'note', text: '您好！我是政策问答助手。请直接输入您的问题，我会根据政策文件回答并注明出处。' });
  }
  // Restored entries are not announced again: the live region speaks only what is new.
  log.setAttribute('aria-live', 'off');
  entries.forEach(render);
  log.setAttribute('aria-live', 'polite');
  if (!entries.some(function (entry) { return entry.kind === 'user'; })) showHotQuestions();
  if (sessionId) { poll(); startPolling(); }
})();
