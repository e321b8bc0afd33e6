"""Drop page chrome: navigation, buttons, adverts, counters, footers.

A saved page carries the portal around the article (查疾病 找医生, 举报,
免费咨询, 下载APP, ©, ICP 备案). None of it is content, and left in it would
be read as titles, causes or related questions. Breadcrumbs and brand lines
are recognised here too, because metadata wants them before they go.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block
from .sections import OTHER_ANSWERS

# Whole lines that are buttons, links or labels of the page frame.
CHROME_LINES = {
    "首页", "全部导航", "导航", "举报", "免费咨询", "在线咨询", "向医生提问", "提问",
    "我要提问", "立即咨询", "马上咨询", "咨询医生", "问医生", "电话咨询", "图文咨询",
    "视频咨询", "预约挂号", "挂号", "分享", "收藏", "点赞", "赞", "评论", "打印",
    "关注", "更多", "查看更多", "详细", "了解详情", "查看详情", "展开全文", "阅读全文",
    "展开", "收起", "返回顶部", "登录", "注册", "下载APP", "打开APP", "自测工具",
    "行动指南", "上一篇", "下一篇", "广告", "推广", "相关标签", "目录", "本文目录",
    "科普文章", "健康科普", "免责声明", "关于我们", "联系我们", "意见反馈",
    "网站地图", "隐私政策", "用户协议",
}  # fmt: skip
# Short words of navigation bars, for lines made only of them.
NAV_WORDS = {
    "首页", "查疾病", "找医生", "找医院", "查药品", "查症状", "查检查", "问医生",
    "科普文章", "健康资讯", "疾病百科", "症状自查", "药品", "医院", "医生", "疾病",
    "症状", "检查", "手术", "资讯", "问答", "视频", "专家", "科室", "健康", "百科",
    "文章", "科普", "登录", "注册", "首页>", "导航",
}  # fmt: skip
# One alternation, so each block costs one regex search.
_CHROME_PATTERN = re.compile(
    "|".join(
        (
            r"©|copyright|ICP\s*备|ICP证|公网安备|版权所有|all rights reserved",
            r"扫码|二维码|扫一扫|关注(?:我们的)?公众号|下载.{0,6}(?:APP|客户端)",
            r"^[\u4e00-\u9fff]{2,8}[（(]\d+[）)]$",  # 医生回答(1), 评论(12)
            r"^.{0,16}(?:在线咨询|免费咨询|立即咨询|马上咨询|免费问医生)$",
            r"^(?:分享到|分享至)",
            # Rows of feedback buttons under an answer: 「有用(12) 举报」.
            r"^(?:(?:有用|没用|有帮助|没帮助|无帮助|赞同|反对|赞|踩|举报|投诉|回复|分享|收藏)"
            r"\s*(?:[（(]?\d+[）)]?)?\s*)+$",
            r"^(?:播放|暂停|重播|\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2})?)$",
            r"^本视频由.{1,20}(?:录制|提供|讲解)",
            # Decorated ordinals on lines of their own (01, NO.2, PART 3): the
            # names under them carry the list.
            r"^(?:\d{1,2}|NO\.?\s*\d{1,2}|PART\s*\d{1,2})$",
            # Credits: pictures, reprints, the reporter.
            r"^[（(]?(?:图片|图|照片|影片|视频)(?:来源|来自|提供|出处)\s*[:：／/]",
            r"^.{0,30}(?:授权转载|转载请注明|未经授权|未经许可|禁止转载|请勿转载)",
            r"^[（(](?:记者|通讯员|实习生|编辑|文|图)\s*[^（）()]{0,24}[）)]$",
            # Link lines inside the article: 「相关阅读：心跳快是怎么回事」.
            r"^(?:相关阅读|延伸阅读|推荐阅读|扩展阅读|相关文章|相关链接|你可能还想看"
            r"|猜你喜欢|看了又看)\s*[:：]\s*\S.{0,60}$",
            r"^[（(]?(?:责任编辑|编辑|责编|校对|审校)\s*[:：]\s*\S{1,12}[）)]?$",
        )
    ),
    re.IGNORECASE,
)
# A share bar may hold the page's view count (阅读 1.2万), which metadata reads.
_VIEW_BAR = re.compile(r"^(?:阅读|浏览)(?:量|数)?\s*[:：]?\s*\d")
_TRAILING_LINKS = re.compile(
    r"\s*(?:详细|更多|查看更多|查看全部|全部|详情)?\s*(?:»|>>|＞＞|›)+\s*$"
)
_TRAILING_MORE = re.compile(r"(?<=\S)\s*(?:更多|查看更多)$")
_SITE = re.compile(r"^(?P<site>[\u4e00-\u9fffA-Za-z0-9]{2,10}?)(?:官网|官方网站)$")
_SLOGAN = re.compile(
    r"^(?P<site>[\u4e00-\u9fffA-Za-z0-9]{2,8})\s*[|｜]\s*\S{0,12}"
    r"(?:打造|专业|平台|服务|网站|医典|门户|健康网)"
)
_BREADCRUMB_LEAD = re.compile(
    r"^(?:您的位置|你的位置|当前位置|所在位置|位置)\s*[:：]\s*"
)
_CRUMB_SEPARATOR = re.compile(r"\s*(?:>|›|»|＞|/|→)\s*")
# Trail entries that name no place in the site's tree.
_NOT_CRUMBS = {"首页", "主页", "网站首页", "正文", "详情", "文章详情", "内容页"}
_HOME = {"首页", "主页", "网站首页", "返回首页", "home", "homepage", "index"}
# What a portal's own name looks like at the head of a trail: 「39健康网」,
# 「示例家庭医生在线」, 「快速问医生」, 「example.com」. Departments (…科) and
# sections named for an audience (女性健康, 家庭医生) never are.
_BRAND_CRUMB = re.compile(
    r"^(?!.*科$)(?!(?:心理|女性|男性|儿童|老人|老年|口腔|母婴|孕产|家庭|中医|两性)"
    r"(?:健康|医生)$)"
    r"(?:.{2,}(?:网|网站|官网|在线|频道|站|平台|医典|APP|App)|.{2,}(?:医生|大夫|健康)"
    r"|.{2,}(?<!健)康|[A-Za-z0-9]+[\u4e00-\u9fff]{2,}|.*\.(?:com|cn|net|org|hk|tw)(?:/.*)?)$"
)
_BRAND_TAIL = re.compile(r"(?:官网|官方网站|网站|网|在线|频道)$")
CHROME_HINTS = {"nav", "navbar", "menu", "footer", "foot", "ad", "ads", "advert"}
CHROME_HINTS |= {"adv", "banner", "share", "copyright", "login", "toolbar", "comment"}


def strip_links(text: str) -> str:
    """Remove 「详细»」「更多»」 and similar link text from the end of a line."""
    text = _TRAILING_LINKS.sub("", text)
    return _TRAILING_MORE.sub("", text) if len(text) <= 12 else text


def is_chrome(block: Block) -> bool:
    """Say whether a block is page frame rather than content."""
    text = block.text.strip()
    if block.hints & CHROME_HINTS and len(text) < 200 and not _VIEW_BAR.match(text):
        return True
    if OTHER_ANSWERS.match(text):
        return False  # 「其他医生回答(2)」 heads answers, unlike 「评论(12)」
    if text in CHROME_LINES or _CHROME_PATTERN.search(text):
        return True
    return _is_nav_bar(text)


def _is_nav_bar(text: str) -> bool:
    tokens = [t for t in re.split(r"[\s|｜/·>]+", text) if t]
    if len(tokens) < 2 or any(len(t) > 6 for t in tokens):
        return False
    return sum(t in NAV_WORDS for t in tokens) * 2 >= len(tokens)


def site_name(text: str) -> str:
    """Return the portal's name from a brand line (「X官网」, 「X | 口号」), else ""."""
    text = text.strip()
    found = _SITE.match(text) or _SLOGAN.match(text)
    return found.group("site") if found else ""


# The separators portals put between article and site in <title>.
_TITLE_TAIL = re.compile(
    r"(?:\s*[_|｜–—]\s*|\s+-{1,2}\s+|(?<=[\u4e00-\u9fff])-)(?P<site>[^_|｜–—-]+)$"
)
_BRAND = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{2,12}$")
_NOT_BRAND = re.compile(r"原因|怎么|什么|为什么|如何|哪些|症状|治疗|吗$")


def site_from_title(html_title: str) -> str:
    """Return the site name a page <title> ends with (「…_示例健康网」), else ""."""
    found = _TITLE_TAIL.search(html_title.strip())
    if not found:
        return ""
    site = found.group("site").strip()
    if _BRAND.match(site) and not _NOT_BRAND.search(site):
        return site
    return ""


def title_without_site(title: str) -> str:
    """Drop the site name a title line ends with (「…_示例健康网」, 「… | 示例」).

    Pages that print their <title> as the heading keep the portal's suffix;
    after 「_」 or 「|」 any brand-like tail goes, after a dash only one that
    looks like a site's name (「-示例健康」), since 「乙肝-大三阳」 is a topic.
    A category echoed before the site (「手抖是什么原因_手抖_示例网」) goes too.
    """
    found = _TITLE_TAIL.search(title.strip())
    if not found or not site_from_title(title):
        return title
    separator = title[found.start() : found.start("site")].strip()
    site = found.group("site").strip()
    if separator not in {"_", "|", "｜"} and not _BRAND_CRUMB.match(site):
        return title
    head = title[: found.start()].strip()
    echo = _TITLE_TAIL.search(head)
    if echo and separator == "_" and echo.group("site").strip() in head[: echo.start()]:
        head = head[: echo.start()].strip()
    return head or title


def _looks_like_trail(text: str, crumbs: list[str]) -> bool:
    """Say whether an unlabelled line is a trail: 「站名 > 内科 > 消化内科」."""
    if len(crumbs) < 2 or not re.search(r">|›|»|＞", text):
        return False
    if crumbs[0].lower() in _HOME or (
        _BRAND_CRUMB.match(crumbs[0]) and all(len(c) <= 12 for c in crumbs[1:])
    ):
        return True
    if len(crumbs) < 3:
        return False
    return all(
        len(c) <= 12 and not re.search(r"[，。,；;！？!?：:]", c) for c in crumbs
    )


def breadcrumb(block: Block) -> tuple[str, ...]:
    """Return the crumbs of a 「首页 > 内科 > 神经内科」 line, else ()."""
    text = block.text.strip()
    lead = _BREADCRUMB_LEAD.match(text)
    body = text[lead.end() :] if lead else text
    crumbs = [c.strip() for c in _CRUMB_SEPARATOR.split(body) if c.strip()]
    is_trail = lead or "breadcrumb" in block.hints or "crumb" in block.hints
    if not (is_trail or _looks_like_trail(body, crumbs)):
        return ()
    if any(len(c) > 30 for c in crumbs):
        return ()
    crumbs = [c for c in crumbs if c not in _NOT_CRUMBS]
    deduped = [c for i, c in enumerate(crumbs) if i == 0 or c != crumbs[i - 1]]
    return tuple(deduped)


def trail_without_site(crumbs: tuple[str, ...], *names: str) -> tuple[str, ...]:
    """Drop the home and site entries a trail opens with.

    The trail places the page in the site's sections; 「首页」 and the
    portal's own name (「39健康网」, or a name the page states elsewhere as
    its site or source, passed as `names`) are where every trail starts.
    """
    brands = {key for key in map(_brand_key, names) if key}
    start, named = 0, False
    while start < len(crumbs) - 1:
        crumb = crumbs[start]
        if crumb.lower() in _HOME or crumb in _NOT_CRUMBS:
            start += 1
        elif not named and _is_site(crumb, brands):
            # One name only: 「在线问医生」 after 「示例问医生网」 is a section.
            start, named = start + 1, True
        else:
            break
    return crumbs[start:]


def _is_site(crumb: str, brands: set[str]) -> bool:
    key = _brand_key(crumb)
    return bool(_BRAND_CRUMB.match(crumb)) or any(
        key and brand in key for brand in brands
    )


def _brand_key(name: str) -> str:
    return _BRAND_TAIL.sub("", name.strip()).lower()


def clean_blocks(blocks: list[Block]) -> list[Block]:
    """Strip link text from every block and drop the ones that are chrome."""
    result = []
    for block in blocks:
        text = strip_links(block.text)
        if not text:
            continue
        block = replace(block, text=text) if text != block.text else block
        if not is_chrome(block):
            result.append(block)
    return result
