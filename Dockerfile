# Appraisal Bot image: build the shaded jar with Maven, run it on a JRE as a non-root user.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# The pom changes less often than the sources, so resolving dependencies in their own layer lets a
# source-only change rebuild without downloading the world again.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline

COPY src ./src
RUN mvn -B -q -DskipTests package


FROM eclipse-temurin:17-jre

# The health check needs an HTTP client, and recent Temurin images no longer ship curl.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

# A fixed numeric uid/gid so volume ownership is predictable and orchestrators can verify non-root.
RUN groupadd --system --gid 10001 appraisal \
    && useradd --system --uid 10001 --gid appraisal --home-dir /app --shell /usr/sbin/nologin appraisal \
    && mkdir -p /app /data \
    && chown appraisal:appraisal /data

WORKDIR /app
COPY --from=build --chown=root:root /build/target/appraisal-bot.jar /app/appraisal-bot.jar

ENV PORT=3000 \
    DATA_DIR=/data
# Embedded MariaDB files (used only when DATABASE_URL is unset) survive container replacement here.
VOLUME ["/data"]
EXPOSE 3000

USER 10001:10001

HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${PORT}/health" || exit 1

# Exec form: Java is PID 1 and receives SIGTERM directly, so it can finish in-flight work and stop cleanly.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/appraisal-bot.jar"]
