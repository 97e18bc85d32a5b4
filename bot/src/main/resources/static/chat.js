// Citizen web chat: posts questions to /api/ask and polls staff replies for escalated questions.
// Every text from the server is inserted with textContent, never as HTML.
(function () {
  'use strict';
  var log = document.getElementById('log');
  var form = document.getElementById('ask');
  var input = document.getElementById('question');
  var send = document.getElementById('send');
  var sessionId = sessionStorage.getItem('wenzheng.session') || '';
  var shownReplies = {};
  var pollTimer = null;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function add(node) {
    log.appendChild(node);
    log.scrollTop = log.scrollHeight;
  }

  function say(text, who, label) {
    var bubble = el('div', 'msg ' + who);
    if (label) bubble.appendChild(el('span', 'label', label));
    bubble.appendChild(document.createTextNode(text));
    add(bubble);
    return bubble;
  }

  function showReply(reply) {
    var kind = reply.type === 'ESCALATED' ? 'bot escalated' : 'bot';
    var label = reply.type === 'ESCALATED' ? '已转人工' : (reply.type === 'CLARIFY' ? '请选择' : '');
    var bubble = say(reply.answer, kind, label);
    if (reply.sources && reply.sources.length && reply.type === 'ANSWER') {
      var list = el('ul', 'sources');
      reply.sources.forEach(function (source) {
        list.appendChild(el('li', '', '出处：《' + source.title + '》' + (source.section ? ' ' + source.section : '')));
      });
      bubble.appendChild(list);
    }
    if (reply.options && reply.options.length) {
      var options = el('div', 'options');
      reply.options.forEach(function (option) {
        var button = el('button', '', option);
        button.type = 'button';
        button.addEventListener('click', function () { ask(option); });
        options.appendChild(button);
      });
      bubble.appendChild(options);
    }
    if (reply.type === 'ESCALATED') startPolling();
  }

  function ask(question) {
    say(question, 'user');
    send.disabled = true;
    fetch('/api/ask', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ question: question, sessionId: sessionId || null })
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (result) {
      if (!result.ok) {
        say(result.body.detail || '请求失败，请稍后再试。', 'bot escalated', '提示');
        return;
      }
      sessionId = result.body.sessionId;
      sessionStorage.setItem('wenzheng.session', sessionId);
      showReply(result.body);
    }).catch(function () {
      say('网络连接失败，请稍后再试。', 'bot escalated', '提示');
    }).finally(function () {
      send.disabled = false;
      input.focus();
    });
  }

  function poll() {
    if (!sessionId) return;
    fetch('/api/sessions/' + encodeURIComponent(sessionId) + '/replies')
      .then(function (response) { return response.ok ? response.json() : []; })
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
          shownReplies[key] = true;
          var bubble = say('您的问题“' + reply.question + '”（工单 ' + reply.ticketId + '）已有答复：\n' + reply.reply,
            'bot staff', '热线工作人员答复');
          if (!reply.rating) offerRating(bubble, reply.ticketId);
        });
      })
      .catch(function () { /* try again on the next tick */ });
  }

  // The five levels of 好差评 under a staff reply; 不满意 and 非常不满意 send the ticket back to the hotline.
  function offerRating(bubble, ticketId) {
    var row = el('div', 'options');
    row.setAttribute('role', 'group');
    row.setAttribute('aria-label', '请评价这次答复');
    [['非常满意', 5], ['满意', 4], ['基本满意', 3], ['不满意', 2], ['非常不满意', 1]].forEach(function (choice) {
      var button = el('button', 'option', choice[0]);
      button.type = 'button';
      button.dataset.level = choice[1];
      button.addEventListener('click', function () {
        fetch('/api/sessions/' + encodeURIComponent(sessionId) + '/tickets/' + encodeURIComponent(ticketId) + '/rating', {
          method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ level: choice[1] })
        }).then(function (response) {
          row.remove();
          say(response.ok ? (choice[1] > 2 ? '感谢您的评价！' : '已收到，工单已重新交给工作人员处理，我们会尽快回访您。') : '评价未能提交，请稍后再试。', 'bot');
        });
      });
      row.appendChild(button);
    });
    bubble.appendChild(row);
  }

  function startPolling() {
    if (pollTimer) return;
    pollTimer = setInterval(poll, 10000);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var question = input.value.trim();
    if (!question) return;
    input.value = '';
    ask(question);
  });

  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  say('您好！我是政策问答助手。请直接输入您的问题，我会根据政策文件回答并注明出处。', 'bot');
  if (sessionId) { poll(); startPolling(); }
})();
