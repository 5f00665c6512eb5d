"""careerbot's offline evaluation: answer suites, the verifier's judge validation, benchmarks, feedback export."""
