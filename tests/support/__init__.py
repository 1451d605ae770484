"""What the tests share: record builders, the badge factory and the paths of the fixtures."""
