// 长辈模式 (large text, high contrast, large touch targets) and 朗读, shared by the citizen pages.
// Loaded in <head> without defer, so the remembered mode applies before the first paint.
(function () {
  'use strict';
  var KEY = 'wenzheng.elder';
  var root = document.documentElement;

  function stored() {
    try { return localStorage.getItem(KEY) === 'on'; } catch (e) { return false; }
  }

  function apply(on) {
    root.classList.toggle('elder', on);
    var toggle = document.getElementById('elder-toggle');
    // A toggle button keeps its name; aria-pressed says whether the mode is on.
    if (toggle) toggle.setAttribute('aria-pressed', on ? 'true' : 'false');
  }

  apply(stored());

  document.addEventListener('DOMContentLoaded', function () {
    apply(stored());
    var toggle = document.getElementById('elder-toggle');
    if (!toggle) return;
    toggle.addEventListener('click', function () {
      var on = !root.classList.contains('elder');
      try { localStorage.setItem(KEY, on ? 'on' : 'off'); } catch (e) { /* private mode: not remembered */ }
      apply(on);
    });
  });

  // 朗读: only where the browser has a Mandarin voice, mainland first; the buttons stay hidden otherwise.
  // A Cantonese voice (zh-HK, yue) would misread Putonghua text, so it does not count.
  var MANDARIN = [/^zh[-_]CN\b/i, /^cmn\b/i, /^zh[-_]Hans\b/i, /^zh[-_]TW\b/i, /^zh$/i];

  function chineseVoice() {
    if (!('speechSynthesis' in window)) return null;
    var voices = window.speechSynthesis.getVoices();
    for (var p = 0; p < MANDARIN.length; p++) {
      for (var i = 0; i < voices.length; i++) {
        if (MANDARIN[p].test(voices[i].lang)) return voices[i];
      }
    }
    return null;
  }

  function showReadAloud() {
    var on = chineseVoice() !== null;
    document.querySelectorAll('.read-aloud').forEach(function (button) { button.hidden = !on; });
  }

  if ('speechSynthesis' in window) {
    window.speechSynthesis.addEventListener('voiceschanged', showReadAloud);
  }

  window.wenzhengReadAloud = {
    // A 朗读 button for the given text, hidden until a Chinese voice is known.
    button: function (text) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'read-aloud';
      button.textContent = '朗读';
      button.setAttribute('aria-label', '朗读这条回答');
      button.hidden = chineseVoice() === null;
      button.addEventListener('click', function () {
        var voice = chineseVoice();
        if (!voice) return;
        window.speechSynthesis.cancel();
        var utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = 'zh-CN';
        utterance.voice = voice;
        utterance.rate = root.classList.contains('elder') ? 0.85 : 1;
        window.speechSynthesis.speak(utterance);
      });
      return button;
    },
    refresh: showReadAloud
  };
})();
