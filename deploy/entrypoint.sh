#!/bin/sh
# The container's start: bring the schema up to date, then serve. Replicas starting together are safe: on
# PostgreSQL the upgrade takes a lock, so one migrates and the others find nothing to do.
set -eu
accord db upgrade
exec python app.py
