#!/usr/bin/env bash
# Lays out the real-module evaluation corpus (manifest.yaml + labels.yaml next to this script) from
# bare git mirrors into two shapes:
#
#   <out>/flat/<id>/                                              a flat folder of components, the shape
#                                                                 `alexandria migrate` starts from (a git
#                                                                 repository, one tag <id>/v<version> per module,
#                                                                 unless --no-git)
#   <out>/library/components/terraform/_library/<layer>/<subcategory>/<id>/
#                                                                 the same modules filed by the hand labels,
#                                                                 each with a generated .alexandria.yaml, and
#   <out>/library/components/terraform/_catalog/                  the sample library's catalog files
#                                                                 (categories.yaml extended by labels.yaml's
#                                                                 new_categories, empty module-registry.yaml)
#
# Usage: materialize.sh [--no-git] <mirror-dir> <out-dir>
#   <mirror-dir>  holds one bare repository per manifest repo, as <owner>+<name>/repo (or <owner>+<name>).
#   <out-dir>     flat/ and library/ below it are replaced; nothing else is touched.
#
# Each module is `git archive` of the manifest's pinned commit, restricted to its path, without
# examples/, example/, _examples/, test/, tests/, .github/, .circleci/, .chglog/ (at any depth),
# docs/ and dot-files at the module root, and images. Nothing is downloaded.
#
# .alexandria.yaml per module (no tags are written: search must work from the code and README):
#   name         the README's level-1 title (markdown "# " or <h1>), without badges; else the repository name
#   description  the README's first prose paragraph (HTML, badges, images, tables, code, headings,
#                block quotes and "Note:"/"Warning:" admonitions skipped; a list counts as prose)
#   version      latest_tag without a leading "v"; maturity alpha for 0.x, stable from 1.0.0
#   maintainer   upstream
#
# Needs: bash, git, tar, python3 with PyYAML (Debian: python3-yaml).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
init_git=1
examples=1
while [[ "${1:-}" == --no-* ]]; do
  case "$1" in
    --no-git) init_git=0 ;;
    --no-examples) examples=0 ;;
    *) echo "error: unknown option '$1' (known: --no-git, --no-examples)" >&2; exit 2 ;;
  esac
  shift
done
if [[ $# -ne 2 ]]; then
  echo "usage: $(basename "$0") [--no-git] [--no-examples] <mirror-dir> <out-dir>" >&2
  exit 2
fi
mirror="$(cd "$1" && pwd)" || { echo "error: mirror dir '$1' does not exist" >&2; exit 2; }
mkdir -p "$2"
out="$(cd "$2" && pwd)"
sample_catalog="$here/../../../alexandria-examples/sample-library/components/terraform/_catalog"
[[ -f "$sample_catalog/categories.yaml" ]] || { echo "error: sample catalog not found at $sample_catalog" >&2; exit 2; }
python3 -c 'import yaml' 2>/dev/null || { echo "error: python3 with PyYAML is needed (Debian: apt-get install python3-yaml)" >&2; exit 2; }

python3 - "$here" "$mirror" "$out" "$sample_catalog" "$init_git" "$examples" <<'PY'
import json, os, posixpath, re, shutil, subprocess, sys, tarfile, io, tempfile
import yaml

here, mirror, out, sample_catalog, init_git, with_examples = sys.argv[1:7]
init_git = init_git == "1"
with_examples = with_examples == "1"

def fail(msg):
    print("error: " + msg, file=sys.stderr)
    sys.exit(1)

manifest = yaml.safe_load(open(os.path.join(here, "manifest.yaml"), encoding="utf-8"))
labels_doc = yaml.safe_load(open(os.path.join(here, "labels.yaml"), encoding="utf-8"))
labels = {m["id"]: m for m in labels_doc["modules"]}
modules = manifest["modules"]
ids = [m["id"] for m in modules]
if len(ids) != len(set(ids)):
    fail("manifest.yaml: duplicate ids: " + ", ".join(sorted({i for i in ids if ids.count(i) > 1})))
missing = [i for i in ids if i not in labels]
if missing:
    fail("labels.yaml has no label for: " + ", ".join(missing))
extra = [i for i in labels if i not in set(ids)]
if extra:
    fail("labels.yaml labels modules that manifest.yaml does not list: " + ", ".join(extra))

SKIP_ANY = {"examples", "example", "_examples", "test", "tests", ".github", ".circleci", ".chglog"}
SKIP_ROOT = {"docs"}
IMAGE = re.compile(r"\.(png|jpe?g|gif|svg|ico|drawio)$", re.I)

def git_dir(repo):
    base = os.path.join(mirror, repo.replace("/", "+"))
    for cand in (os.path.join(base, "repo"), base):
        if os.path.isfile(os.path.join(cand, "HEAD")):
            return cand
    return None

def keep(rel):
    parts = rel.split("/")
    if any(p in SKIP_ANY for p in parts[:-1]):
        return False
    if parts[0] in SKIP_ROOT and len(parts) > 1:
        return False
    if len(parts) == 1 and parts[0].startswith("."):
        return False
    if IMAGE.search(parts[-1]):
        return False
    return True

def extract(m, dest):
    g = git_dir(m["repo"])
    commit, path = m["commit"], m["path"].strip("/")
    args = ["git", "--git-dir", g, "archive", "--format=tar", commit]
    if path not in ("", "."):
        args.append(path)
    data = subprocess.run(args, capture_output=True, check=True).stdout
    prefix = "" if path in ("", ".") else path + "/"
    n = 0
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for ti in tar.getmembers():
            name = ti.name
            if prefix:
                if not name.startswith(prefix):
                    continue
                name = name[len(prefix):]
            if not name or not keep(name):
                continue
            target = os.path.join(dest, name)
            if ti.isdir():
                os.makedirs(target, exist_ok=True)
            elif ti.isfile():
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(target, "wb") as f:
                    f.write(tar.extractfile(ti).read())
                if ti.mode & 0o111:
                    os.chmod(target, 0o755)
                n += 1
            elif ti.issym():
                os.makedirs(os.path.dirname(target), exist_ok=True)
                link = ti.linkname
                resolved = os.path.normpath(os.path.join(os.path.dirname(name), link))
                if os.path.isabs(link) or resolved.startswith(".."):
                    continue  # a link leaving the module folder would leave the library too
                os.symlink(link, target)
    if not any(f.endswith((".tf", ".tf.json")) for f in os.listdir(dest)):
        fail(f"{m['id']}: no *.tf file in {m['repo']}@{commit}:{path}")
    return n

# ---- README reading --------------------------------------------------------------------------
def clean_inline(t):
    t = re.sub(r"\[!\[[^\]]*\](\([^)]*\)|\[[^\]]*\])\](\([^)]*\)|\[[^\]]*\])", "", t)  # linked badges
    t = re.sub(r"!\[[^\]]*\](\([^)]*\)|\[[^\]]*\])", "", t)   # images, inline or by reference
    t = re.sub(r"<[^>]+>", "", t)                                # html tags
    t = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", t)               # links
    t = re.sub(r"\[([^\]]*)\]\[[^\]]*\]", r"\1", t)              # reference links
    t = re.sub(r"\[([^\]]+)\](?!\()", r"\1", t)                  # [Terraform] reference shortcuts
    t = t.replace("&nbsp;", " ").replace("&amp;", "&")
    t = re.sub(r":[a-z0-9_+-]+:", "", t)                          # emoji shortcodes
    t = re.sub(r"(\*\*|__|`)", "", t)
    return re.sub(r"\s+", " ", t).strip()

ADMONITION = re.compile(r"^[*_]*(please note|note|warning|important|tip|caution|deprecat\w*|authors?)[*_]*\s*[:!]", re.I)

def read_readme(dest):
    for cand in ("README.md", "readme.md", "Readme.md"):
        p = os.path.join(dest, cand)
        if os.path.isfile(p):
            text = open(p, encoding="utf-8", errors="replace").read()
            break
    else:
        return None, None
    text = re.sub(r"<!--.*?-->", "", text.replace("\r\n", "\n"), flags=re.S)
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.S | re.I)
    if h1:
        text = text.replace(h1.group(0), "\n\n# " + clean_inline(h1.group(1)) + "\n\n", 1)
    title = None
    paras, cur, in_code = [], [], False
    def flush():
        nonlocal cur
        if cur:
            paras.append(cur)
        cur = []
    for line in text.split("\n"):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_code = not in_code
            flush()
            continue
        if in_code:
            continue
        if re.match(r"^#{1,6}\s", s) or re.match(r"^<h[1-6]", s, re.I):
            flush()
            if title is None and re.match(r"^#\s", s):
                title = clean_inline(s[2:])
            continue
        if not s or s.startswith(">") or s.startswith("|") or re.match(r"^(-{3,}|\*{3,}|={3,})$", s):
            flush()
            continue
        item = re.match(r"^([-*+]|\d+\.)\s+", s)
        if item and cur and not cur[-1][0]:
            flush()                      # a list right after prose is a paragraph of its own
        if not item and cur and cur[-1][0] and line[:1] in (" ", "\t"):
            cur[-1] = (True, cur[-1][1] + " " + s)   # continuation line of a list item
            continue
        cur.append((bool(item), s[item.end():] if item else s))
    flush()
    def is_toc(p):   # a list whose every item is only a link: a table of contents
        return all(it and re.fullmatch(r"\[[^\]]*\]\([^)]*\)", x.strip()) for it, x in p)
    def text_of(p):
        if all(it for it, _ in p):
            return "; ".join(clean_inline(x).rstrip(";.") for _, x in p) + "."
        return clean_inline(" ".join(x for _, x in p))
    desc = None
    for k, p in enumerate(paras):
        if is_toc(p):
            continue
        t = text_of(p)
        if ADMONITION.match(t) or re.match(r"^(https?://|\W+$)", t) or (title and t.rstrip(".") == title):
            continue
        if not all(it for it, _ in p) and (t.endswith(":") or len(t) < 80) \
                and k + 1 < len(paras) and all(it for it, _ in paras[k + 1]) and not is_toc(paras[k + 1]):
            t = t.rstrip(":") + ": " + text_of(paras[k + 1])   # "... the following features:" and its list
        if len(t) < 20 or len(re.findall(r"[A-Za-z]{3,}", t)) < 4:
            continue
        desc = t
        break
    if title:
        title = title.strip(" :-")
        if not title or len(title) > 80:
            title = None
    return title, desc

def q(s):
    return json.dumps(s, ensure_ascii=False)

# ---- check every repository and commit before anything is written ---------------------------
absent = []
for m in modules:
    g = git_dir(m["repo"])
    if g is None:
        absent.append(f"{m['id']}: {m['repo']} is not in {mirror} (expected "
                      f"{os.path.join(mirror, m['repo'].replace('/', '+'))}/repo); fetch it first")
    elif subprocess.run(["git", "--git-dir", g, "cat-file", "-e", m["commit"] + "^{commit}"],
                      capture_output=True).returncode != 0:
        absent.append(f"{m['id']}: commit {m['commit']} is not in {g}; fetch {m['repo']} again")
if absent:
    fail("\n  ".join([f"{len(absent)} of {len(modules)} modules cannot be materialized:"] + absent))

# ---- lay out ---------------------------------------------------------------------------------
flat = os.path.join(out, "flat")
lib_root = os.path.join(out, "library", "components", "terraform")
for d in (flat, os.path.join(out, "library")):
    if os.path.exists(d):
        shutil.rmtree(d)
os.makedirs(flat)
os.makedirs(os.path.join(lib_root, "_library"))

new_cats = {c["category"]: c for c in labels_doc.get("new_categories") or []}
report = []
lib_dir_of = {}
for m in modules:
    lab = labels[m["id"]]
    layer, cat = lab["layer"], lab["category"]
    if cat.split("/")[0] != layer or cat.count("/") != 1:
        fail(f"labels.yaml: {m['id']}: category '{cat}' must be <layer>/<subcategory> of layer '{layer}'")
    tag = str(m["latest_tag"])
    version = tag[1:] if tag.startswith("v") else tag
    if not re.fullmatch(r"\d+\.\d+\.\d+", version):
        fail(f"manifest.yaml: {m['id']}: latest_tag '{tag}' is not a release version X.Y.Z")
    maturity = "alpha" if version.startswith("0.") else "stable"
    fdir = os.path.join(flat, m["id"])
    os.makedirs(fdir)
    nfiles = extract(m, fdir)
    title, desc = read_readme(fdir)
    name = title or m["repo"].split("/")[1]
    if desc is None:
        desc = f"{name} (the README of {m['repo']} has no prose paragraph)."
    ldir = os.path.join(lib_root, "_library", layer, cat.split("/")[1], m["id"])
    shutil.copytree(fdir, ldir, symlinks=True)
    meta = [
        f"# Generated by materialize.sh from {m['repo']}@{m['commit'][:12]} ({m['path']}); upstream licence {m['licence']}.",
        f"id: {m['id']}",
        f"name: {q(name)}",
        f"description: {q(desc)}",
        f"version: {version}",
        f"layer: {layer}",
        f"category: {cat}",
        f"maturity: {maturity}",
        "maintainer: upstream",
    ]
    with open(os.path.join(ldir, ".alexandria.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(meta) + "\n")
    report.append((m["id"], nfiles, cat))
    lib_dir_of[m["id"]] = ldir

# ---- examples: the library's _examples/ -----------------------------------------------------
# Each module of an EXAMPLE_COLLECTIONS repository brings the example configurations of its repository
# (<path>/examples/ or <path>/example/ at the pinned commit) as _examples/<id>/…: how the collection's own
# authors compose its modules. A local module source is rewritten the way `alexandria migrate` rewrites one
# when folders move: only the path between the quotes changes, to the library folder of the module it named
# (the repository's root or another of its module paths in the manifest); registry addresses
# (cloudposse/vpc/aws) stay as written, recommendations resolve them by owner and name. A symlink to a file of
# the module (cloudposse's context.tf) becomes a copy of that file.
EXAMPLE_COLLECTIONS = ("aws-ia", "cloudposse")
LOCAL_SOURCE = re.compile(r'(\bsource\s*=\s*")(\.{1,2}/[^"]*)(")')
def norm(p):
    p = posixpath.normpath(p)
    return "" if p == "." else p
def lay_out_examples():
    root = os.path.join(lib_root, "_examples")
    paths = {}
    for m in modules:
        paths.setdefault(m["repo"], []).append((norm(m["path"].strip("/") or "."), m["id"]))
    folders, rewritten, unresolved = 0, 0, []
    for m in modules:
        if m["collection"] not in EXAMPLE_COLLECTIONS:
            continue
        g, commit, base = git_dir(m["repo"]), m["commit"], norm(m["path"].strip("/") or ".")
        for ex in ("examples", "example"):
            prefix = norm(posixpath.join(base, ex))
            if subprocess.run(["git", "--git-dir", g, "cat-file", "-e", f"{commit}:{prefix}"],
                              capture_output=True).returncode != 0:
                continue
            data = subprocess.run(["git", "--git-dir", g, "archive", "--format=tar", commit, prefix],
                                  capture_output=True, check=True).stdout
            dest_top = os.path.join(root, m["id"])
            with tarfile.open(fileobj=io.BytesIO(data)) as tar:
                for ti in tar.getmembers():
                    rel = ti.name[len(prefix) + 1:] if ti.name.startswith(prefix + "/") else ""
                    parts = rel.split("/")
                    if not rel or ti.isdir() or IMAGE.search(rel) or any(x.startswith(".") for x in parts):
                        continue
                    target = os.path.join(dest_top, rel)
                    os.makedirs(os.path.dirname(target), exist_ok=True)
                    if ti.issym():
                        linked = norm(posixpath.join(posixpath.dirname(ti.name), ti.linkname))
                        if linked == prefix or linked.startswith(prefix + "/"):
                            os.symlink(ti.linkname, target)
                            continue
                        blob = subprocess.run(["git", "--git-dir", g, "show", f"{commit}:{linked}"],
                                              capture_output=True)
                        if blob.returncode != 0:
                            continue  # a link to a folder or to nothing
                        content = blob.stdout
                    elif ti.isfile():
                        content = tar.extractfile(ti).read()
                    else:
                        continue
                    if rel.endswith(".tf"):
                        text = content.decode("utf-8", errors="replace")
                        here_dir = posixpath.dirname(ti.name)
                        def rewrite(mt):
                            nonlocal rewritten
                            to = norm(posixpath.join(here_dir, mt.group(2)))
                            if to == prefix or to.startswith(prefix + "/"):
                                return mt.group(0)     # a module of the example itself
                            owners = [(mp, i) for mp, i in paths[m["repo"]]
                                      if mp == "" or to == mp or to.startswith(mp + "/")]
                            if not owners:
                                unresolved.append(f"{m['id']}: {ti.name}: {mt.group(2)}")
                                return mt.group(0)
                            mp, i = max(owners, key=lambda o: len(o[0]))
                            inside = to[len(mp):].lstrip("/")
                            new_to = os.path.join(lib_dir_of[i], inside) if inside else lib_dir_of[i]
                            new = os.path.relpath(new_to, os.path.dirname(target)).replace(os.sep, "/")
                            rewritten += 1
                            return mt.group(1) + (new if new.startswith("../") else "./" + new) + mt.group(3)
                        content = LOCAL_SOURCE.sub(rewrite, text).encode("utf-8")
                    with open(target, "wb") as f:
                        f.write(content)
            lic = os.path.join(flat, m["id"], "LICENSE")
            if os.path.isfile(lic):
                shutil.copyfile(lic, os.path.join(dest_top, "LICENSE"))
            with open(os.path.join(dest_top, "README.md"), "w", encoding="utf-8") as f:
                f.write(f"# Examples of {m['id']}\n\nThe example configurations of {m['repo']}@{commit[:12]} "
                        f"({prefix}/), upstream licence {m['licence']}. Generated by materialize.sh: local module "
                        "sources are rewritten to the library's folders.\n")
            folders += sum(1 for d, _, fs in os.walk(dest_top) if any(x.endswith(".tf") for x in fs))
    return folders, rewritten, unresolved
if with_examples:
    n_examples, n_rewritten, n_unresolved = lay_out_examples()
# ---- catalog ---------------------------------------------------------------------------------
cat_dir = os.path.join(lib_root, "_catalog")
os.makedirs(cat_dir)
for fn in ("tags.yaml", "maturity-levels.yaml", "search-index.yaml"):
    shutil.copyfile(os.path.join(sample_catalog, fn), os.path.join(cat_dir, fn))
cats = yaml.safe_load(open(os.path.join(sample_catalog, "categories.yaml"), encoding="utf-8"))
known = {f"{l['name']}/{c['name']}" for l in cats["layers"] for c in l["categories"]}
used = {labels[i]["category"] for i in ids}
for c in sorted(used - known):
    if c not in new_cats:
        fail(f"labels.yaml uses category '{c}', which is neither in the sample catalog nor in new_categories")
    layer, sub = c.split("/")
    for l in cats["layers"]:
        if l["name"] == layer:
            l["categories"].append({"name": sub, "description": new_cats[c]["description"]})
            break
    else:
        fail(f"labels.yaml: new category '{c}' names an unknown layer")
with open(os.path.join(cat_dir, "categories.yaml"), "w", encoding="utf-8") as f:
    f.write("# The sample library's layers and categories, extended by the new_categories of the corpus's labels.yaml.\n\n")
    yaml.safe_dump(cats, f, sort_keys=False, allow_unicode=True, width=200)
with open(os.path.join(cat_dir, "module-registry.yaml"), "w", encoding="utf-8") as f:
    f.write("# No module is registered: the corpus is read from its module folders.\nmodules: []\n")
with open(os.path.join(cat_dir, "settings.yaml"), "w", encoding="utf-8") as f:
    f.write("# cloudposse modules copy the 15-18 variables of terraform-null-label's context.tf.\n"
            "inspect:\n  boilerplate_files: [context.tf]\n")

# ---- flat folder as a git repository ---------------------------------------------------------
if init_git:
    env = dict(os.environ, GIT_AUTHOR_NAME="upstream", GIT_AUTHOR_EMAIL="upstream@example.invalid",
               GIT_COMMITTER_NAME="upstream", GIT_COMMITTER_EMAIL="upstream@example.invalid",
               GIT_AUTHOR_DATE="2026-01-01T00:00:00Z", GIT_COMMITTER_DATE="2026-01-01T00:00:00Z")
    def g(*a):
        subprocess.run(["git", "-C", flat, *a], check=True, capture_output=True, env=env)
    g("init", "-q", "-b", "main")
    g("add", "-A")
    g("commit", "-q", "-m", "Import the real-module evaluation corpus (materialize.sh)")
    for m in modules:
        tag = str(m["latest_tag"])
        g("tag", f"{m['id']}/v{tag[1:] if tag.startswith('v') else tag}")

by_layer = {}
for _, _, c in report:
    by_layer[c.split("/")[0]] = by_layer.get(c.split("/")[0], 0) + 1
print(f"materialized {len(report)} modules ({sum(n for _, n, _ in report)} files)")
print("  flat:    " + flat)
print("  library: " + lib_root)
print("  per layer: " + ", ".join(f"{k} {v}" for k, v in sorted(by_layer.items())))
if with_examples:
    print(f"  examples: {n_examples} folders with .tf files under _examples/, {n_rewritten} local module sources "
          f"rewritten, {len(n_unresolved)} left as written (they name no module of the manifest)")
    for u in n_unresolved:
        print("    " + u)
PY
