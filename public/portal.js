// The portal's only script: enhancements over pages that are complete without it.
// Text size and contrast (remembered on this device), today's date, share, copy and print.
;(function () {
  'use strict'
  var SCALES = [1, 1.125, 1.25, 1.5]
  var KEY = 'lantoa-display'
  var root = document.documentElement
  var state = { scale: 1, contrast: false }
  try {
    var saved = JSON.parse(localStorage.getItem(KEY) || '{}')
    if (SCALES.indexOf(saved.scale) >= 0) state.scale = saved.scale
    state.contrast = saved.contrast === true
  } catch {
    // storage unavailable: defaults
  }

  function apply() {
    root.style.fontSize = state.scale === 1 ? '' : state.scale * 100 + '%'
    if (state.contrast) root.setAttribute('data-contrast', '')
    else root.removeAttribute('data-contrast')
    each('[data-text-size="-1"]', function (b) {
      b.disabled = state.scale === SCALES[0]
    })
    each('[data-text-size="1"]', function (b) {
      b.disabled = state.scale === SCALES[SCALES.length - 1]
    })
    each('[data-contrast]', function (b) {
      b.setAttribute('aria-pressed', String(state.contrast))
    })
  }

  function save() {
    try {
      localStorage.setItem(KEY, JSON.stringify(state))
    } catch {
      // private browsing: the choice lasts for this page only
    }
    apply()
  }

  function each(selector, fn) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), fn)
  }

  var WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']
  function today() {
    var local = new Date(Date.now() + 7 * 3600 * 1000)
    var pad = function (n) {
      return n < 10 ? '0' + n : String(n)
    }
    return (
      WEEKDAYS[local.getUTCDay()] +
      ', ' +
      pad(local.getUTCDate()) +
      '/' +
      pad(local.getUTCMonth() + 1) +
      '/' +
      local.getUTCFullYear()
    )
  }

  function status(tools, message) {
    var line = tools && tools.querySelector('.share-status')
    if (line) line.textContent = message
  }

  function copy(tools, message) {
    var url = tools.getAttribute('data-share-url') || location.href
    if (!navigator.clipboard) {
      status(tools, 'Không sao chép được: hãy chọn và sao chép địa chỉ trang.')
      return
    }
    navigator.clipboard.writeText(url).then(
      function () {
        status(tools, message)
      },
      function () {
        status(tools, 'Không sao chép được: hãy chọn và sao chép địa chỉ trang.')
      },
    )
  }

  function start() {
    apply()
    each('[data-today]', function (p) {
      p.textContent = today()
    })
    each('.display-toggles, [data-print], [data-copy], [data-share]', function (el) {
      el.hidden = false
    })
    document.addEventListener('click', function (event) {
      var target = event.target
      var button = target && target.closest ? target.closest('button') : null
      if (!button) return
      var tools = button.closest('.share-tools')
      if (button.hasAttribute('data-text-size')) {
        var index = SCALES.indexOf(state.scale) + Number(button.getAttribute('data-text-size'))
        state.scale = SCALES[Math.min(SCALES.length - 1, Math.max(0, index))]
        save()
      } else if (button.hasAttribute('data-contrast')) {
        state.contrast = !state.contrast
        save()
      } else if (button.hasAttribute('data-print')) {
        window.print()
      } else if (button.hasAttribute('data-copy')) {
        copy(tools, 'Đã sao chép liên kết vào bộ nhớ tạm.')
      } else if (button.hasAttribute('data-share')) {
        var url = tools.getAttribute('data-share-url') || location.href
        var title = tools.getAttribute('data-share-title') || document.title
        if (typeof navigator.share === 'function') {
          navigator.share({ title: title, url: url }).catch(function (error) {
            if (error && error.name !== 'AbortError') {
              copy(tools, 'Đã sao chép liên kết: mở Zalo và dán vào cuộc trò chuyện.')
            }
          })
        } else {
          copy(tools, 'Đã sao chép liên kết: mở Zalo và dán vào cuộc trò chuyện.')
        }
      }
    })
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
  else start()
})()
