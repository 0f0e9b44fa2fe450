"""`kiosk keys …`: the issuing office's signing keys and the public keys a kiosk trusts."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    keys = sub.add_parser("keys", help="signing and trusted keys").add_subparsers(
        dest="keys_command", metavar="ACTION", required=True
    )
    gen = keys.add_parser("generate", parents=[common], help="new Ed25519 signing key (office only)")
    gen.set_defaults(handler=run_generate)
    trust = keys.add_parser("trust", parents=[common], help="trust a public key file on this kiosk")
    trust.add_argument("public_key", type=Path)
    trust.set_defaults(handler=run_trust)
    lst = keys.add_parser("list", parents=[common], help="trusted key ids")
    lst.set_defaults(handler=run_list)


def run_generate(args: argparse.Namespace) -> int:
    from kiosk.station import keystore
    from kiosk.station.home import Paths, resolve_home

    paths = Paths(resolve_home(args.home))
    paths.create()
    kid = keystore.generate(paths.keys)
    print(f"New signing key {kid}")
    print(f"  private (keep at the accreditation office): {paths.keys / f'issuer-{kid}.pem'}")
    print(f"  public (copy to each kiosk, `kiosk keys trust`): {paths.trusted_keys / f'{kid}.pub'}")
    return 0


def run_trust(args: argparse.Namespace) -> int:
    from kiosk.station import keystore
    from kiosk.station.home import Paths, resolve_home

    paths = Paths(resolve_home(args.home))
    paths.create()
    print(f"Trusting key {keystore.trust(paths.trusted_keys, args.public_key)}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from kiosk.station import keystore
    from kiosk.station.home import Paths, resolve_home

    paths = Paths(resolve_home(args.home))
    trusted = keystore.load_trusted(paths.trusted_keys)
    for kid in trusted.ids():
        print(kid)
    print(f"{len(trusted)} trusted key(s)")
    return 0
