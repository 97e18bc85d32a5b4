// Shows a policy document in force, linked from the Atom feed; all text is shown as text.
(async function () {
  const id = new URLSearchParams(location.search).get('id') || '';
  const items = document.getElementById('items');
  const response = await fetch('/api/public/documents?id=' + encodeURIComponent(id));
  if (!response.ok) { items.textContent = '没有找到这份政策文件。'; return; }
  const doc = await response.json();
  document.title = doc.title;
  document.getElementById('title').textContent = doc.title;
  document.getElementById('meta').textContent = [doc.issuer, doc.place, doc.documentNumber, doc.publishedDate]
    .filter(Boolean).join(' · ');
  for (const item of doc.items) {
    const section = document.createElement('section');
    const heading = document.createElement('h2');
    heading.textContent = item.section;
    const text = document.createElement('p');
    text.className = 'text';
    text.textContent = item.text;
    section.append(heading, text);
    items.appendChild(section);
  }
  items.appendChild(window.wenzhengReadAloud.button(doc.title + '。' + doc.items.map(item => item.text).join('。')));
})();
