# Solidaire: `make run` serves the demo, `make test` runs every check. Both set themselves up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
INSTALLED := $(VENV)/.installed

# pytest-xdist: one worker per CPU, each running whole test files (a module's shared fixtures are built
# once) in pytest-django's order, database tests before the transactional ones that flush what the
# migrations made (not reordered by size; conftest.py checks that no file mixes the two).
TEST_WORKERS ?= auto

.PHONY: run test screens install messages migrate demo lint format internals benchmark clean html-checker

# The Nu HTML checker (tests/html_checker.py), from the npm registry's vnu-jar package, checked against
# the registry's sha512; it needs Java (CI installs default-jre-headless).
VNU_VERSION := 26.9.27
VNU_SHA512 := 4e441de4315f39a582f5e6edbe8cd3b2b1f655aa1dde3620faface791133217c417b12f3f7ead2d8336d8e7efe44f5226618258b44a0860057e9125135e6b428
VNU_JAR := .cache/vnu-$(VNU_VERSION).jar

$(INSTALLED): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(INSTALLED)

install: $(INSTALLED)

$(VNU_JAR):
	mkdir -p .cache/vnu-download
	curl -fsSL https://registry.npmjs.org/vnu-jar/-/vnu-jar-$(VNU_VERSION).tgz -o .cache/vnu-download/vnu.tgz
	echo "$(VNU_SHA512)  .cache/vnu-download/vnu.tgz" | sha512sum --check --quiet
	tar -xzf .cache/vnu-download/vnu.tgz -C .cache/vnu-download package/build/dist/vnu.jar
	mv .cache/vnu-download/package/build/dist/vnu.jar $@
	rm -rf .cache/vnu-download

html-checker: $(VNU_JAR)

messages: install
	$(MANAGE) compilemessages --ignore=.venv --verbosity 0

migrate: install
	$(MANAGE) migrate --no-input --verbosity 0
	$(MANAGE) createcachetable

demo: migrate messages
	$(MANAGE) load_demo_content

run: demo
	$(MANAGE) runserver 127.0.0.1:8000

test: messages $(VNU_JAR)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python ops/private_internals.py
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder

# Take the screenshots of docs/screens.md again and write them there (every test run checks them aside).
screens: messages
	SCREENS=write $(BIN)/pytest -q tests/test_screens.py tests/test_screens_live.py tests/test_screens_circles.py \
		tests/test_screens_offline.py missions/tests/test_screens.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

internals: install
	$(BIN)/python ops/private_internals.py

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

benchmark: messages
	$(BIN)/python benchmarks/lesson_page.py
	$(BIN)/python benchmarks/quiz_answer.py
	$(BIN)/python benchmarks/toolkit_kit.py
	$(BIN)/python benchmarks/item_analysis.py
	$(BIN)/python benchmarks/live_session.py 300 --serve
	$(BIN)/python benchmarks/bare_wagtail_ratio.py
	$(BIN)/python benchmarks/learners_200.py --users 200 --spawn-rate 20 --seconds 120

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles media-test .cache
