package io.github.facilioo4j.spring.boot;

import io.github.facilioo4j.core.FaciliooClient;
import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.core.TokenProvider;
import io.github.facilioo4j.processes.ProcessesClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Creates the facilioo clients from the {@code facilioo.*} properties ({@link FaciliooProperties}).
 *
 * <ul>
 *   <li>{@link FaciliooOptions}: from the properties, then every {@link FaciliooOptionsCustomizer};
 *       an application's {@link TokenProvider} bean replaces {@code facilioo.token} and the login.
 *   <li>{@link FaciliooClient}: owns the connections; closed when the context closes.
 *   <li>{@link ProcessesClient}: sends through that client; closed first, which leaves the shared
 *       client to be closed last.
 * </ul>
 *
 * <p>Each bean backs off when the application defines its own of that type (the options also when
 * it defines its own {@link FaciliooClient}). Without a token, a login or a {@link TokenProvider}
 * bean the application fails to start with a {@link FaciliooConfigurationException} naming {@code
 * facilioo.token}, rather than silently lacking the beans; {@code facilioo.enabled=false} switches
 * the whole configuration off.
 */
@AutoConfiguration
@ConditionalOnProperty(
    prefix = FaciliooProperties.PREFIX,
    name = "enabled",
    havingValue = "true",
    matchIfMissing = true)
@EnableConfigurationProperties(FaciliooProperties.class)
public class FaciliooAutoConfiguration {
  /** Created by Spring. */
  public FaciliooAutoConfiguration() {}

  /**
   * Builds the options from the properties.
   *
   * @param properties the {@code facilioo.*} properties
   * @param tokenProvider the application's own token provider, if it defines one
   * @param customizers the application's customizers
   * @return the options
   * @throws FaciliooConfigurationException naming the missing or invalid property
   */
  @Bean
  // An application's own client needs no options from here, nor credentials in properties.
  @ConditionalOnMissingBean({FaciliooOptions.class, FaciliooClient.class})
  public FaciliooOptions faciliooOptions(
      FaciliooProperties properties,
      ObjectProvider<TokenProvider> tokenProvider,
      ObjectProvider<FaciliooOptionsCustomizer> customizers) {
    return OptionsFromProperties.build(
        properties, tokenProvider.getIfUnique(), customizers.orderedStream());
  }

  /**
   * Creates the core client, which owns the connection pool and threads until the context closes.
   *
   * @param options the options
   * @return the client
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public FaciliooClient faciliooClient(FaciliooOptions options) {
    return FaciliooClient.create(options);
  }

  /**
   * Creates the Processes client on the shared core client.
   *
   * @param faciliooClient the core client; stays owned by the context
   * @return the client
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public ProcessesClient processesClient(FaciliooClient faciliooClient) {
    return ProcessesClient.create(faciliooClient);
  }
}
