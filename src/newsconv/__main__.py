"""``python -m newsconv``: the ``newsconv`` command, for an environment whose scripts
folder is not on the ``PATH`` (a venv used without activating it, ``pipx run``, CI)."""

from newsconv.launch import main

if __name__ == "__main__":
    main()
