#!/usr/bin/env bash
# Render .docx files the way a reader sees them: .docx → PDF (LibreOffice, headless) → PNG (pdftoppm).
#
#   scripts/render-docx.sh [-o 输出文件夹] [-r 分辨率] [-p 页数] 文件.docx…
#
# For each input writes <名称>.pdf and <名称>-<页>.png (first page by default; -p all for every page)
# into the output folder (default: beside the input). Needs libreoffice and poppler-utils:
#   apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk
# Fonts named in the document (方正小标宋简体, 仿宋_GB2312…) fall back to installed CJK fonts when missing.
set -euo pipefail

out=""
dpi=110
pages=1
usage() {
  echo "用法：scripts/render-docx.sh [-o 输出文件夹] [-r 分辨率，默认110] [-p 页数|all，默认1] 文件.docx…" >&2
  echo "Usage: scripts/render-docx.sh [-o outdir] [-r dpi] [-p pages|all] file.docx…" >&2
}
while getopts "o:r:p:h" opt; do
  case "$opt" in
    o) out="$OPTARG" ;;
    r) dpi="$OPTARG" ;;
    p) pages="$OPTARG" ;;
    h) usage; exit 0 ;;
    *) usage; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if [ "$#" -eq 0 ]; then usage; exit 2; fi

office="$(command -v libreoffice || command -v soffice || true)"
if [ -z "$office" ]; then
  echo "render-docx：找不到 libreoffice，请先安装：apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk" >&2
  exit 3
fi
for tool in pdftoppm pdfinfo; do
  if ! command -v "$tool" >/dev/null; then
    echo "render-docx：找不到 $tool，请先安装 poppler-utils。" >&2
    exit 3
  fi
done

# A private LibreOffice profile: no clash with a running instance or with parallel renders.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

# Stand-ins for the fonts the document declares, when they are not installed: the Song/FangSong/Kai faces
# fall back to Noto Serif CJK (方正小标宋 as its bold), 黑体 to Noto Sans CJK. The document keeps its own fonts.
cat >"$profile/fonts.conf" <<'CONF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <match target="pattern">
    <test name="family"><string>方正小标宋简体</string></test>
    <edit name="family" mode="prepend" binding="strong"><string>Noto Serif CJK SC</string></edit>
    <edit name="weight" mode="assign" binding="strong"><const>bold</const></edit>
  </match>
  <alias binding="strong"><family>仿宋_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="strong"><family>仿宋</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="strong"><family>楷体_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="strong"><family>楷体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="strong"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="strong"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
</fontconfig>
CONF
export FONTCONFIG_FILE="$profile/fonts.conf"

for input in "$@"; do
  if [ ! -f "$input" ]; then echo "render-docx：找不到文件 $input" >&2; exit 2; fi
  # A PDF left from an earlier render must not pass for this one.
  name="$(basename "${input%.*}")"
  rm -f "${out:-$(dirname "$input")}/$name.pdf"
done
# One LibreOffice start for all the files of one output folder (starting it takes most of the time).
if [ -n "$out" ]; then
  mkdir -p "$out"
  "$office" -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$@" >/dev/null 2>&1 || true
fi
for input in "$@"; do
  dir="${out:-$(dirname "$input")}"
  name="$(basename "${input%.*}")"
  if [ -z "$out" ]; then
    "$office" -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$dir" "$input" >/dev/null 2>&1 || true
  fi
  pdf="$dir/$name.pdf"
  if [ ! -s "$pdf" ]; then echo "render-docx：LibreOffice 未能转换 $input" >&2; exit 1; fi
  if [ "$pages" = "all" ]; then
    pdftoppm -r "$dpi" -png "$pdf" "$dir/$name"
  else
    pdftoppm -r "$dpi" -png -f 1 -l "$pages" "$pdf" "$dir/$name"
  fi
  echo "$pdf（$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}') 页）"
done
