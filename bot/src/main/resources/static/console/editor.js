// The editors' console: documents (upload as draft, check clauses and metadata, publish, retire,
// versions), FAQ entries, pinned hot questions, the synonym dictionary, knowledge gaps and regression checks.
// Everything stored is shown with textContent, never as HTML.
(function () {
  const { api, upload, time, element } = Console;
  let selected = null;

  function say(text) {
    const message = document.getElementById('message');
    message.textContent = text || '';
    message.hidden = !text;
  }

  function button(label, action) {
    const node = element('button', label);
    node.type = 'button';
    node.addEventListener('click', () => action().catch(error => say(error.message)));
    return node;
  }

  function row(cells, actions) {
    const tr = document.createElement('tr');
    for (const text of cells) { tr.appendChild(element('td', text)); }
    const td = document.createElement('td');
    actions.forEach(action => td.appendChild(action));
    tr.appendChild(td);
    return tr;
  }

  function param(id) {
    return '?id=' + encodeURIComponent(id);
  }

  async function loadDocuments() {
    const entries = await api('GET', '/api/editor/documents');
    const body = document.getElementById('document-rows');
    body.replaceChildren();
    for (const entry of entries) {
      const doc = entry.document;
      const actions = [button('查看', () => showDocument(doc.id))];
      if (entry.status === '草稿') {
        actions.push(button('发布', async () => {
          await api('POST', '/api/editor/documents/publish' + param(doc.id));
          say('已发布《' + doc.metadata.title + '》，市民现在可以问到它。');
          await loadDocuments();
        }));
      }
      const tr = row([doc.metadata.title, doc.metadata.jurisdiction, doc.metadata.documentNumber, ''], actions);
      const status = tr.children[3];
      status.textContent = entry.status;
      status.className = 'status-' + entry.status;
      if (entry.status === '草稿') { showReach(tr.lastChild, '/api/editor/documents/reach' + param(doc.id)); }
      body.appendChild(tr);
    }
  }

  async function showDocument(id) {
    const [entries, clauses, versions] = await Promise.all([api('GET', '/api/editor/documents'),
      api('GET', '/api/editor/documents/clauses' + param(id)), api('GET', '/api/editor/documents/versions' + param(id))]);
    const entry = entries.find(candidate => candidate.document.id === id);
    selected = id;
    document.getElementById('document-detail').hidden = false;
    document.getElementById('detail-title').textContent = entry.document.metadata.title + '（' + entry.status + '）';
    const form = document.getElementById('metadata');
    for (const [name, value] of Object.entries(entry.document.metadata)) {
      if (form.elements[name]) { form.elements[name].value = value ?? ''; }
    }
    const list = document.getElementById('detail-clauses');
    list.replaceChildren();
    for (const clause of clauses) {
      const columns = clause.columns || {};
      const extra = [columns.responsible && '责任单位：' + columns.responsible,
        columns.deadline && '时限：' + columns.deadline].filter(Boolean).join('；');
      list.appendChild(element('li', clause.headingPath.join(' > ') + (extra ? '（' + extra + '）' : '')));
    }
    const history = document.getElementById('detail-versions');
    history.replaceChildren();
    for (const version of versions) {
      history.appendChild(element('li', '第' + version.version + '版 ' + time(version.changedAt) + ' '
        + version.changedBy + '：' + version.change));
    }
  }

  function metadataOf(form) {
    const data = Object.fromEntries(new FormData(form));
    for (const key of Object.keys(data)) { if (data[key] === '') { data[key] = null; } }
    if (data.year !== null) { data.year = Number(data.year); }
    return data;
  }

  document.getElementById('metadata').addEventListener('submit', event => {
    event.preventDefault();
    api('PUT', '/api/editor/documents/metadata' + param(selected), metadataOf(event.target))
      .then(() => { say('已保存更正。'); return Promise.all([loadDocuments(), showDocument(selected)]); })
      .catch(error => say(error.message));
  });

  document.getElementById('retire').addEventListener('submit', event => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.target));
    data.replacedBy = data.replacedBy.trim() || null;
    api('POST', '/api/editor/documents/retire' + param(selected), data)
      .then(() => { say('已标记，该文件不再用于回答。'); return Promise.all([loadDocuments(), showDocument(selected)]); })
      .catch(error => say(error.message));
  });

  const outcomes = { IMPORTED: '已导入', UPDATED: '已更新', UNCHANGED: '未变化', DUPLICATE: '重复', FAILED: '失败' };

  document.getElementById('upload').addEventListener('submit', async event => {
    event.preventDefault();
    const file = document.getElementById('upload-file').files[0];
    const draft = document.getElementById('upload-draft').checked;
    const progress = document.getElementById('upload-progress');
    const state = document.getElementById('upload-state');
    progress.hidden = false;
    progress.value = 0;
    state.textContent = '正在上传…';
    try {
      const report = await upload('/api/editor/documents?draft=' + draft, file, share => {
        progress.value = share;
        if (share >= 1) { state.textContent = '上传完成，正在解析和切分…'; }
      });
      const results = document.getElementById('upload-results');
      results.replaceChildren();
      for (const result of report.results) {
        results.appendChild(element('li', result.fileName + '：' + outcomes[result.outcome]
          + (result.clauses ? '，' + result.clauses + ' 条' : '') + (result.message ? '（' + result.message + '）' : '')));
      }
      state.textContent = report.results.every(result => result.outcome === 'FAILED') ? '没有可导入的文件' : '完成';
      say('');
      await loadDocuments();
    } catch (error) {
      state.textContent = '';
      say(error.message);
    } finally {
      progress.hidden = true;
    }
  });

  const faqStatus = { DRAFT: '草稿', PUBLISHED: '已发布', RETIRED: '已停用' };

  // 政策找人: how many subscribed citizens publishing will notify, shown before publishing.
  function showReach(cell, url) {
    api('GET', url)
      .then(reach => cell.append(element('div', '发布后将通知 ' + reach.subscribers + ' 位订阅市民')))
      .catch(() => {});
  }

  async function loadFaq() {
    const status = new FormData(document.getElementById('faq-filter')).get('status');
    const entries = await api('GET', '/api/editor/faq' + (status ? '?status=' + status : ''));
    const body = document.getElementById('faq-rows');
    body.replaceChildren();
    for (const entry of entries) {
      const actions = [button('编辑', async () => editFaq(entry))];
      if (entry.status !== 'PUBLISHED') {
        actions.push(button('发布', async () => { await api('POST', '/api/editor/faq/' + entry.id + '/publish'); await loadFaq(); }));
      }
      if (entry.status !== 'RETIRED') {
        actions.push(button('停用', async () => { await api('POST', '/api/editor/faq/' + entry.id + '/retire'); await loadFaq(); }));
      }
      const tr = row([entry.question, entry.answer, faqStatus[entry.status]], actions);
      if (entry.status !== 'PUBLISHED') { showReach(tr.lastChild, '/api/editor/faq/' + entry.id + '/reach'); }
      body.appendChild(tr);
    }
  }

  function editFaq(entry) {
    const form = document.getElementById('faq-form');
    form.elements.id.value = entry.id || '';
    form.elements.question.value = entry.question;
    form.elements.phrasings.value = (entry.phrasings || []).join('\n');
    form.elements.answer.value = entry.id ? entry.answer : '';
    form.elements.jurisdiction.value = entry.jurisdiction || '';
    form.scrollIntoView();
  }

  document.getElementById('faq-filter').addEventListener('change', () => loadFaq().catch(error => say(error.message)));
  document.getElementById('faq-form').addEventListener('submit', event => {
    event.preventDefault();
    const form = event.target;
    const body = { question: form.elements.question.value, answer: form.elements.answer.value,
      jurisdiction: form.elements.jurisdiction.value,
      phrasings: form.elements.phrasings.value.split('\n').map(line => line.trim()).filter(Boolean) };
    const id = form.elements.id.value;
    api(id ? 'PUT' : 'POST', '/api/editor/faq' + (id ? '/' + id : ''), body)
      .then(() => { form.reset(); say('已保存为草稿，发布后生效。'); return loadFaq(); })
      .catch(error => say(error.message));
  });

  function words(text) {
    return text.split(/[,，、\s]+/).map(word => word.trim()).filter(Boolean);
  }

  async function loadSynonyms() {
    const rows = await api('GET', '/api/editor/synonyms');
    const list = document.getElementById('synonym-rows');
    list.replaceChildren();
    for (const synonym of rows) {
      const item = element('li', synonym.words.join('、') + ' → ' + synonym.officials.join('、') + ' ');
      item.appendChild(button('删除', async () => { await api('DELETE', '/api/editor/synonyms/' + synonym.id); await loadSynonyms(); }));
      list.appendChild(item);
    }
  }

  document.getElementById('synonym-form').addEventListener('submit', event => {
    event.preventDefault();
    const form = event.target;
    api('POST', '/api/editor/synonyms', { words: words(form.elements.words.value), officials: words(form.elements.officials.value) })
      .then(() => { form.reset(); say('已添加，下一个问题起生效。'); return loadSynonyms(); })
      .catch(error => say(error.message));
  });

  async function loadPins() {
    const pins = await api('GET', '/api/editor/hot-questions');
    const list = document.getElementById('hot-pins');
    list.replaceChildren();
    for (const pin of pins) {
      const item = element('li', pin.question + '（' + pin.pinnedBy + '，' + time(pin.pinnedAt) + '） ');
      item.appendChild(button('取消置顶', async () => { await api('DELETE', '/api/editor/hot-questions/' + pin.id); await loadPins(); }));
      list.appendChild(item);
    }
  }

  document.getElementById('hot-form').addEventListener('submit', event => {
    event.preventDefault();
    const form = event.target;
    api('POST', '/api/editor/hot-questions', { question: form.elements.question.value })
      .then(() => { form.reset(); say('已置顶。'); return loadPins(); })
      .catch(error => say(error.message));
  });

  async function loadGaps() {
    const gaps = await api('GET', '/api/editor/gaps');
    const body = document.getElementById('gap-rows');
    body.replaceChildren();
    for (const gap of gaps) {
      body.appendChild(row([gap.question, gap.count, gap.thisWeek + ' / ' + gap.weekBefore, time(gap.lastAsked),
        gap.comments.join('；')],
        [button('起草问答', async () => {
          const draft = await api('POST', '/api/editor/gaps/faq-draft', { question: gap.question, phrasings: gap.examples });
          editFaq(draft);
          say('已生成常见问题草稿，请填写答案后保存并发布。');
          await loadFaq();
        })]));
    }
  }

  document.getElementById('regression-form').addEventListener('submit', async event => {
    event.preventDefault();
    const result = document.getElementById('regression-result');
    result.textContent = '正在运行…';
    try {
      const comparison = await upload('/api/editor/regression', event.target.elements.file.files[0], () => {});
      const describe = run => '可回答题正确率 ' + run.answerable + '，不可回答题转人工率 ' + run.unanswerable
        + '，检索命中率 ' + run.retrieval + '（' + time(run.runAt) + '，' + run.runBy + '）';
      result.textContent = '本次：' + describe(comparison.now)
        + (comparison.before ? '；上次：' + describe(comparison.before) : '；这是该问题集的第一次运行');
    } catch (error) {
      result.textContent = error.message;
    }
  });

  Console.showUser();
  Promise.all([loadDocuments(), loadFaq(), loadPins(), loadSynonyms(), loadGaps()]).catch(error => say(error.message));
})();
