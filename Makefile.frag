# taskqueue: Makefile fragment of a phpize build (config.m4: PHP_ADD_MAKEFILE_FRAGMENT).
# `make test` runs the phpt suite in phpt/ (run-tests alone would look for tests/).
# A phpt that needs PostgreSQL (TASKQUEUE_PERSISTENCE_DEFAULT) or the SQS emulator
# (AWS_ENDPOINT_URL_SQS) fails without its server, by design: tests/run-all.sh always starts
# both and must not skip them. Here, when the variable is not set, those files are left out
# and counted in a note. `make test TESTS=phpt/<group>` runs one group, as usual.

TASKQUEUE_PHPT_ALL = $(sort $(shell find $(srcdir)/phpt -name '*.phpt' 2>/dev/null))
TASKQUEUE_PHPT_PG = $(if $(TASKQUEUE_PERSISTENCE_DEFAULT),,$(sort $(shell grep -rlE \
	'TASKQUEUE_PERSISTENCE_DEFAULT|/rds\.inc|rds_worker_main\.inc|drain_worker\.inc' \
	--include='*.phpt' $(srcdir)/phpt 2>/dev/null)))
TASKQUEUE_PHPT_SQS = $(if $(AWS_ENDPOINT_URL_SQS),,$(sort $(shell grep -rlE \
	'sqs\.inc|AWS_ENDPOINT_URL_SQS|TQ_SQS_FAULT_PROXY' \
	--include='*.phpt' $(srcdir)/phpt 2>/dev/null)))
TASKQUEUE_PHPT_LEFT_OUT = $(sort $(TASKQUEUE_PHPT_PG) $(TASKQUEUE_PHPT_SQS))

TESTS = $(filter-out $(TASKQUEUE_PHPT_LEFT_OUT),$(TASKQUEUE_PHPT_ALL))

test: taskqueue-phpt-note

taskqueue-phpt-note:
	@if test -n "$(TASKQUEUE_PHPT_PG)"; then \
		echo "taskqueue: $(words $(TASKQUEUE_PHPT_PG)) phpt files need PostgreSQL and are left out (TASKQUEUE_PERSISTENCE_DEFAULT is not set; see README, Tests)"; \
	fi
	@if test -n "$(TASKQUEUE_PHPT_SQS)"; then \
		echo "taskqueue: $(words $(TASKQUEUE_PHPT_SQS)) phpt files need the SQS emulator and are left out (AWS_ENDPOINT_URL_SQS is not set; see README, Tests)"; \
	fi

# what `make test` would run, one file a line
taskqueue-phpt-list:
	@for t in $(TESTS); do echo "$$t"; done

.PHONY: taskqueue-phpt-note taskqueue-phpt-list
