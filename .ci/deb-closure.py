#!/usr/bin/env python3
"""Checks that every shared object a running program loaded comes from a package that the given
package depends on, directly or through its dependencies (Depends and Pre-Depends, among installed
packages; an alternative or a virtual package counts through whatever installed package satisfies
it). Catches what dpkg-shlibdeps cannot see: QML modules and Qt plugins loaded at run time.

Usage: deb-closure.py PACKAGE LOADED-FILES   (one absolute path per line, e.g. from LD_DEBUG=files)
"""
import re
import subprocess
import sys


def installed():
    out = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package}\t${Status}\t${Depends}, ${Pre-Depends}\t${Provides}\n"],
        capture_output=True, text=True, check=True).stdout
    deps, provides = {}, {}
    for line in out.splitlines():
        name, status, depends, prov = (line.split("\t") + [""] * 4)[:4]
        if not status.endswith(" installed"):
            continue
        deps[name] = [alt for alt in (a.strip() for a in depends.split(",")) if alt]
        for p in prov.split(","):
            p = re.sub(r"\s*\(.*\)", "", p).strip()
            if p:
                provides.setdefault(p, set()).add(name)
    return deps, provides


def closure(root, deps, provides):
    seen, todo = set(), [root]
    while todo:
        pkg = todo.pop()
        if pkg in seen:
            continue
        seen.add(pkg)
        for group in deps.get(pkg, []):
            for alt in group.split("|"):
                name = re.sub(r"\s*\(.*\)|:\S+", "", alt).strip()
                for candidate in [name, *provides.get(name, ())]:
                    if candidate in deps:
                        todo.append(candidate)
    return seen


def owners(paths):
    """Maps each path to the package that ships it (one dpkg-query call for all of them)."""
    # Debian 12 is merged-/usr: the loader may name /lib/... while the package lists /usr/lib/...
    # (or the other way round), so both spellings are asked for.
    def spellings(path):
        if path.startswith("/usr/lib/"):
            return [path, path[len("/usr"):]]
        if path.startswith("/lib"):
            return [path, "/usr" + path]
        return [path]
    asked = {s: p for p in paths for s in spellings(p)}
    out = subprocess.run(["dpkg-query", "-S", *asked], capture_output=True, text=True).stdout
    found = {}
    for line in out.splitlines():
        pkgs, _, path = line.partition(": ")
        if path in asked:
            found[asked[path]] = pkgs.split(",")[0].split(":")[0].strip()
    return found


def main():
    package, loaded_file = sys.argv[1], sys.argv[2]
    deps, provides = installed()
    if package not in deps:
        sys.exit(f"deb-closure: {package} is not installed")
    allowed = closure(package, deps, provides)
    loaded = [l.strip() for l in open(loaded_file) if l.strip()]
    missing, unowned = {}, []
    found = owners(loaded)
    for path in loaded:
        pkg = found.get(path)
        if pkg is None:
            unowned.append(path)
        elif pkg not in allowed:
            missing.setdefault(pkg, []).append(path)
    for path in unowned:
        print(f"deb-closure: {path} belongs to no package", file=sys.stderr)
    for pkg, paths in sorted(missing.items()):
        print(f"deb-closure: {pkg} is loaded ({paths[0]}) but not in {package}'s dependencies", file=sys.stderr)
    print(f"deb-closure: {len(loaded)} loaded files, from packages all in the {len(allowed)} of {package}'s "
          f"dependency closure" if not missing and not unowned else "deb-closure: FAILED")
    sys.exit(1 if missing or unowned else 0)


if __name__ == "__main__":
    main()
