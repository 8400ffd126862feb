// The participant's page of a CJM Desktop room. Every text from the room is put in with
// textContent (never as HTML). Notes wait in localStorage until the room confirms them,
// so a note written while the Wi-Fi is down is sent when it comes back, with the same id
// (the room answers a repeated id without adding the note again).
"use strict";
(function () {
  var TEXTS = {
    en: {
      name: "Your name (optional)", note: "Your note", send: "Send", mine: "Your notes",
      onBoard: "On the map here", vote: "Vote", private: "Notes stay hidden until the facilitator reveals them.",
      where: "Writing into: %1 · %2", nowhere: "Writing into the map",
      online: "Connected", offline: "No connection — your notes will be sent when it is back",
      sending: "Sending…", sent: "Sent — waiting for the facilitator", approved: "On the map",
      hidden: "Hidden by the facilitator", queued: "Waiting for the connection",
      empty: "Write a note first.", chars: "%1 / 500", by: "— %1", none: "No notes yet.",
      dotsLeft: "Dots left: %1", voteClosed: "The vote is closed.", place: "Add a dot",
      takeBack: "Take a dot back", counted: "%1 dots"
    },
    ko: {
      name: "이름 (선택)", note: "메모", send: "보내기", mine: "내가 보낸 메모",
      onBoard: "지도의 이 칸", vote: "투표", private: "진행자가 공개할 때까지 메모 내용은 숨겨집니다.",
      where: "쓰는 곳: %1 · %2", nowhere: "지도에 씁니다",
      online: "연결됨", offline: "연결이 끊겼습니다 — 다시 연결되면 메모를 보냅니다",
      sending: "보내는 중…", sent: "보냄 — 진행자 확인 대기", approved: "지도에 올라감",
      hidden: "진행자가 숨김", queued: "연결을 기다리는 중",
      empty: "메모를 먼저 쓰세요.", chars: "%1 / 500", by: "— %1", none: "아직 메모가 없습니다.",
      dotsLeft: "남은 스티커: %1", voteClosed: "투표가 끝났습니다.", place: "스티커 붙이기",
      takeBack: "스티커 떼기", counted: "%1표"
    }
  };
  var langs = navigator.languages || [navigator.language || "en"];
  var lang = "en";
  for (var i = 0; i < langs.length; i++) {
    var code = String(langs[i]).toLowerCase();
    if (code.indexOf("ko") === 0) { lang = "ko"; break; }
    if (code.indexOf("en") === 0) { lang = "en"; break; }
  }
  var T = TEXTS[lang];
  document.documentElement.lang = lang;
  function t(key, a, b) {
    return T[key].replace("%1", a === undefined ? "" : a).replace("%2", b === undefined ? "" : b);
  }
  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  var texts = document.querySelectorAll("[data-text]");
  for (var k = 0; k < texts.length; k++) texts[k].textContent = t(texts[k].getAttribute("data-text"));

  var base = location.pathname.replace(/\/+$/, "");
  var store = window.localStorage;
  var room = base.split("/").pop();
  function load(key, fallback) {
    try { var v = JSON.parse(store.getItem(room + ":" + key)); return v === null ? fallback : v; }
    catch (e) { return fallback; }
  }
  function save(key, value) {
    try { store.setItem(room + ":" + key, JSON.stringify(value)); } catch (e) { /* private mode */ }
  }
  function newId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }
  var participant = load("participant", null);
  if (!participant) { participant = newId(); save("participant", participant); }
  var outbox = load("outbox", []);  // notes not yet confirmed by the room
  var known = load("known", {});    // id -> {text, status}
  var board = null;
  var myVote = { remaining: null, dots: {} };  // from the room's last answer to this phone
  var online = false;
  $("author").value = load("author", "");

  function setOnline(value) {
    online = value;
    var c = $("connection");
    c.textContent = value ? t("online") : t("offline");
    c.className = value ? "connection" : "connection offline";
  }

  function renderBoard() {
    if (!board) return;
    $("title").textContent = board.title || "CJM Desktop";
    var act = board.activity;
    $("activity").hidden = !act;
    if (act) {
      $("activity-name").textContent = act.title || "";
      $("prompt").textContent = act.prompt || "";
    }
    var where = $("where");
    if (board.focus) {
      var stage = find(board.stages, board.focus.stage), lane = find(board.lanes, board.focus.lane);
      where.textContent = t("where", stage ? stage.name : "", lane ? lane.name : "");
    } else {
      where.textContent = t("nowhere");
    }
    $("private").hidden = !board.private;
    var list = $("cards");
    list.textContent = "";
    (board.cards || []).forEach(function (card) {
      var item = el("li", "", card.text);
      if (card.author) item.appendChild(el("span", "author", t("by", card.author)));
      list.appendChild(item);
    });
    if (!(board.cards || []).length) list.appendChild(el("li", "hint", t("none")));
    renderVote();
  }
  function renderVote() {
    var vote = board && board.vote;
    $("vote").hidden = !vote;
    if (!vote) return;
    var open = vote.state === "open";
    var left = myVote.remaining === null ? vote.dots : myVote.remaining;
    $("dots-left").textContent = open ? t("dotsLeft", left) : t("voteClosed");
    var list = $("vote-cards");
    list.textContent = "";
    vote.cards.forEach(function (card) {
      var item = el("li");
      item.appendChild(el("span", "text", card.text));
      if (card.count !== null && card.count !== undefined) {
        item.appendChild(el("span", "status", t("counted", card.count)));
      }
      var minus = el("button", "", "−");
      minus.type = "button";
      minus.setAttribute("aria-label", t("takeBack"));
      minus.disabled = !open || !myVote.dots[card.id];
      minus.addEventListener("click", function () { vote_(card.id, "take_back"); });
      var mine = el("span", "dots", String(myVote.dots[card.id] || 0));
      var plus = el("button", "", "+");
      plus.type = "button";
      plus.setAttribute("aria-label", t("place"));
      plus.disabled = !open || left <= 0;
      plus.addEventListener("click", function () { vote_(card.id, "cast"); });
      item.appendChild(minus);
      item.appendChild(mine);
      item.appendChild(plus);
      list.appendChild(item);
    });
  }
  function vote_(cardId, action) {
    fetch(base + "/api/votes", {
      method: "POST", headers: { "Content-Type": "application/json" }, cache: "no-store",
      body: JSON.stringify({ participant: participant, card: cardId, action: action })
    }).then(function (r) { return r.json(); }).then(function (body) {
      if (typeof body.remaining === "number") myVote = { remaining: body.remaining, dots: body.dots || {} };
      renderVote();
    }, function () { setOnline(false); });
  }
  function find(items, id) {
    for (var i = 0; i < (items || []).length; i++) if (items[i].id === id) return items[i];
    return null;
  }
  function renderMine() {
    var list = $("mine");
    list.textContent = "";
    var ids = Object.keys(known);
    ids.reverse().forEach(function (id) {
      var note = known[id];
      var item = el("li", "", note.text);
      var queued = outbox.some(function (n) { return n.id === id; });
      var status = queued ? "queued" : (note.status || "sent");
      item.appendChild(el("span", "status " + status, t(status)));
      list.appendChild(item);
    });
  }

  function post(note) {
    return fetch(base + "/api/notes", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify(note), cache: "no-store"
    }).then(function (response) {
      return response.json().then(function (body) { return { status: response.status, body: body }; },
        function () { return { status: response.status, body: {} }; });
    });
  }
  var flushing = false;
  function flush() {
    if (flushing || !outbox.length) return;
    flushing = true;
    var note = outbox[0];
    post(note).then(function (answer) {
      flushing = false;
      if (answer.status === 201 || answer.status === 200 || answer.status === 202) {
        var status = answer.body.card ? "approved" : (answer.body.status === "hidden" ? "hidden" : "sent");
        known[note.id] = { text: note.text, status: status };
        dequeue(note.id);
        $("problem").textContent = "";
        flush();
      } else if (answer.status === 429 || answer.status >= 500) {
        $("problem").textContent = answer.body.error || "";
        setTimeout(flush, 5000);
      } else {  // refused for good (too long, empty): say why, keep the text to fix
        $("problem").textContent = answer.body.error || String(answer.status);
        dequeue(note.id);
        delete known[note.id];
        save("known", known);
        renderMine();
      }
    }, function () {
      flushing = false;
      setOnline(false);
      setTimeout(flush, 2000);
    });
  }
  function dequeue(id) {
    outbox = outbox.filter(function (n) { return n.id !== id; });
    save("outbox", outbox);
    save("known", known);
    renderMine();
  }

  $("text").addEventListener("input", function () {
    $("count").textContent = t("chars", $("text").value.length);
  });
  $("count").textContent = t("chars", 0);
  $("note-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var text = $("text").value.trim();
    if (!text) { $("problem").textContent = t("empty"); return; }
    var author = $("author").value.trim();
    save("author", author);
    var note = { id: newId(), text: text, author: author, participant: participant };
    if (board && board.focus) { note.stage = board.focus.stage; note.lane = board.focus.lane; }
    outbox.push(note);
    known[note.id] = { text: text, status: "sent" };
    save("outbox", outbox);
    save("known", known);
    $("text").value = "";
    $("count").textContent = t("chars", 0);
    renderMine();
    flush();
    $("text").focus();
  });

  var delay = 500;
  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var ws;
    try {
      ws = new WebSocket(scheme + location.host + base + "/ws?participant=" + encodeURIComponent(participant));
    } catch (e) { setTimeout(connect, delay); return; }
    ws.onopen = function () { delay = 500; setOnline(true); flush(); };
    ws.onmessage = function (event) {
      var message;
      try { message = JSON.parse(event.data); } catch (e) { return; }
      if (message.type === "board") { board = message.board; renderBoard(); }
      if (message.type === "mine") {
        (message.notes || []).forEach(function (n) {
          known[n.id] = { text: n.text, status: n.status };
        });
        save("known", known);
        renderMine();
      }
    };
    ws.onclose = function () {
      setOnline(false);
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 5000);
    };
  }
  window.addEventListener("online", function () { flush(); });
  setOnline(false);
  renderMine();
  fetch(base + "/api/board", { cache: "no-store" }).then(function (r) { return r.json(); })
    .then(function (b) { if (!board) { board = b; renderBoard(); } }, function () {});
  connect();
})();
