// Lists the published replies; all text is shown as text.
(async function () {
  const list = document.getElementById('answers');
  const time = value => new Date(value).toLocaleString('zh-CN', { hour12: false });
  const answers = await (await fetch('/api/public/answers')).json();
  if (answers.length === 0) { list.textContent = '暂无公开的答复。'; return; }
  for (const answer of answers) {
    const article = document.createElement('article');
    const rows = [['留言时间', time(answer.askedAt)], ['留言内容', answer.question], ['答复时间', time(answer.repliedAt)],
      ['答复单位', answer.department || '12345热线'], ['答复内容', answer.reply]];
    for (const [label, text] of rows) {
      const line = document.createElement('p');
      line.className = 'text';
      const strong = document.createElement('strong');
      strong.textContent = label + '：';
      line.append(strong, document.createTextNode(text));
      article.appendChild(line);
    }
    article.appendChild(window.wenzhengReadAloud.button('留言：' + answer.question + '。答复：' + answer.reply));
    article.appendChild(document.createElement('hr'));
    list.appendChild(article);
  }
})();
